package io.clientbench.model;

import java.util.Set;

import org.eclipse.emf.ecore.EPackage;

/** A contributed set of fields and entities, e.g. an industry pack. */
public record SchemaPack(String id, Label label, Set<String> industries, EPackage ePackage) {
}
