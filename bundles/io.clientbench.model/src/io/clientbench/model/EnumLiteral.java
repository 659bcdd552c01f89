package io.clientbench.model;

/** One value of a fixed value list, stored by its name. */
public record EnumLiteral(String name, Label label) {
}
