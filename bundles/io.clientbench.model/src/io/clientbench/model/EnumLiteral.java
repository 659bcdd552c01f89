package io.clientbench.model;

/**
 * One value of a fixed value list, stored by its name.
 *
 * @param hidden whether an admin hid the value: no longer offered for new input, but stored values keep it and read
 *               as before
 */
public record EnumLiteral(String name, Label label, boolean hidden) {

    public EnumLiteral(String name, Label label) {
        this(name, label, false);
    }

    public EnumLiteral withLabel(Label newLabel) {
        return new EnumLiteral(name, newLabel, hidden);
    }

    public EnumLiteral asHidden() {
        return new EnumLiteral(name, label, true);
    }
}
