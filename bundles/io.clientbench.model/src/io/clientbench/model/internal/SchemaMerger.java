package io.clientbench.model.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaPack;

/**
 * Merges the base package and the packs into one {@link MergedSchema}. Pure: no OSGi, so it is tested directly.
 * A pack that clashes with a field already there is skipped whole and reported, never half-merged.
 */
public final class SchemaMerger {

    private SchemaMerger() {
    }

    public static MergedSchema merge(EPackage base, List<SchemaPack> packs) {
        return merge(base, packs, SchemaOverlay.empty());
    }

    /** Merges the packs, then the admin's overlay: its added fields like a pack, then relabels, values, renames, hides. */
    public static MergedSchema merge(EPackage base, List<SchemaPack> packs, SchemaOverlay overlay) {
        List<SchemaPack> all = new ArrayList<>(packs);
        all.add(overlay.asPack());
        MergedSchema merged = mergePacks(base, all);
        Map<String, EntitySchema> entities = new LinkedHashMap<>();
        merged.entities().forEach((name, entity) -> entities.put(name, applyChanges(entity, overlay.changes(name))));
        return new MergedSchema(Map.copyOf(entities), merged.packs(), merged.problems());
    }

    private static EntitySchema applyChanges(EntitySchema entity, Map<String, String> changes) {
        if (changes.isEmpty()) {
            return entity;
        }
        List<FieldDescriptor> fields = new ArrayList<>();
        for (FieldDescriptor field : entity.fields()) {
            String column = field.column();
            String label = changes.get(SchemaOverlay.LABEL_PREFIX + column);
            if (label != null) {
                field = field.withLabel(SchemaOverlay.decodeLabel(label));
            }
            String literalPrefix = SchemaOverlay.LITERAL_PREFIX + column + ".";
            List<EnumLiteral> added = changes.entrySet().stream().filter(e -> e.getKey().startsWith(literalPrefix)).sorted(Map.Entry.comparingByKey())
                    .map(e -> new EnumLiteral(e.getKey().substring(literalPrefix.length()), SchemaOverlay.decodeLabel(e.getValue())))
                    .toList();
            if (!added.isEmpty()) {
                List<EnumLiteral> literals = new ArrayList<>(field.literals());
                literals.addAll(added);
                field = field.withLiterals(literals);
            }
            field = changeLiterals(field, changes);
            String name = changes.get(SchemaOverlay.NAME_PREFIX + column);
            if (name != null) {
                field = field.withName(name);
            }
            if ("true".equals(changes.get(SchemaOverlay.HIDDEN_PREFIX + column))) {
                field = field.asHidden();
            }
            fields.add(field);
        }
        return new EntitySchema(entity.name(), entity.label(), List.copyOf(fields));
    }

    /** Relabels and hides of existing values, keyed by the field's storage key and the value's name. */
    private static FieldDescriptor changeLiterals(FieldDescriptor field, Map<String, String> changes) {
        if (field.literals().isEmpty()) {
            return field;
        }
        String labelPrefix = SchemaOverlay.LITERAL_LABEL_PREFIX + field.column() + ".";
        String hiddenPrefix = SchemaOverlay.LITERAL_HIDDEN_PREFIX + field.column() + ".";
        List<EnumLiteral> literals = new ArrayList<>();
        boolean changed = false;
        for (EnumLiteral literal : field.literals()) {
            EnumLiteral result = literal;
            String label = changes.get(labelPrefix + literal.name());
            if (label != null) {
                result = result.withLabel(SchemaOverlay.decodeLabel(label));
            }
            if ("true".equals(changes.get(hiddenPrefix + literal.name()))) {
                result = result.asHidden();
            }
            changed |= result != literal;
            literals.add(result);
        }
        return changed ? field.withLiterals(literals) : field;
    }

    private static MergedSchema mergePacks(EPackage base, List<SchemaPack> packs) {
        Map<String, List<FieldDescriptor>> fields = new LinkedHashMap<>();
        Map<String, EClass> classes = new LinkedHashMap<>();
        for (EClassifier classifier : base.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                classes.put(eClass.getName(), eClass);
                fields.put(eClass.getName(), describe(eClass, FieldDescriptor.BASE_SOURCE, Set.of()));
            }
        }
        List<String> problems = new ArrayList<>();
        List<SchemaPack> merged = new ArrayList<>();
        for (SchemaPack pack : packs) {
            Map<String, List<FieldDescriptor>> additions = new LinkedHashMap<>();
            String clash = null;
            for (EClassifier classifier : pack.ePackage().getEClassifiers()) {
                if (!(classifier instanceof EClass eClass)) {
                    continue;
                }
                String target = SchemaAnnotations.get(eClass, SchemaAnnotations.EXTENDS);
                String entity = target != null ? target : eClass.getName();
                if (target != null && !fields.containsKey(target)) {
                    clash = "extends the unknown entity " + target;
                } else if (target == null && fields.containsKey(entity)) {
                    clash = "defines the entity " + entity + " again";
                }
                for (FieldDescriptor field : describe(eClass, pack.id(), target != null ? pack.industries() : Set.of())) {
                    boolean taken = fields.getOrDefault(entity, List.of()).stream().anyMatch(f -> f.name().equals(field.name()))
                            || additions.getOrDefault(entity, List.of()).stream().anyMatch(f -> f.name().equals(field.name()));
                    if (taken) {
                        clash = "adds " + entity + "." + field.name() + ", which already exists";
                    }
                    additions.computeIfAbsent(entity, e -> new ArrayList<>()).add(field);
                }
                if (target == null) {
                    classes.putIfAbsent(entity, eClass);
                }
            }
            if (clash != null) {
                problems.add("Schema pack " + pack.id() + " " + clash + "; the pack is left out");
                continue;
            }
            additions.forEach((entity, added) -> fields.computeIfAbsent(entity, e -> new ArrayList<>()).addAll(added));
            if (!SchemaOverlay.PACK_ID.equals(pack.id())) {
                merged.add(pack);
            }
        }
        Map<String, EntitySchema> entities = new LinkedHashMap<>();
        fields.forEach((name, list) -> entities.put(name,
                new EntitySchema(name, SchemaAnnotations.label(classes.get(name), name), List.copyOf(list))));
        return new MergedSchema(Map.copyOf(entities), List.copyOf(merged), List.copyOf(problems));
    }

    private static List<FieldDescriptor> describe(EClass eClass, String source, Set<String> industries) {
        List<FieldDescriptor> result = new ArrayList<>();
        for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
            result.add(describe(feature, source, industries));
        }
        return result;
    }

    static FieldDescriptor describe(EStructuralFeature feature, String source, Set<String> industries) {
        FieldKind kind = kindOf(feature);
        List<EnumLiteral> literals = feature.getEType() instanceof EEnum eEnum
                ? eEnum.getELiterals().stream().map(l -> new EnumLiteral(l.getName(), SchemaAnnotations.label(l, l.getName()))).toList()
                : List.of();
        String target = feature instanceof EReference reference ? reference.getEReferenceType().getName() : null;
        String maxLength = SchemaAnnotations.get(feature, SchemaAnnotations.MAX_LENGTH);
        return new FieldDescriptor(feature.getName(), kind, SchemaAnnotations.label(feature, feature.getName()),
                groupOf(feature), "1".equals(SchemaAnnotations.get(feature, SchemaAnnotations.REQUIRED)) || feature.isRequired(),
                maxLength == null ? 0 : Integer.parseInt(maxLength), SchemaAnnotations.get(feature, SchemaAnnotations.PATTERN),
                decimal(feature, SchemaAnnotations.MIN), decimal(feature, SchemaAnnotations.MAX),
                SchemaAnnotations.get(feature, SchemaAnnotations.MASKING), SchemaAnnotations.list(feature, SchemaAnnotations.TERMS),
                literals, target, source, industries, feature, feature.getName(), false);
    }

    private static String groupOf(EStructuralFeature feature) {
        String group = SchemaAnnotations.get(feature, SchemaAnnotations.GROUP);
        return group != null ? group : "other";
    }

    private static BigDecimal decimal(EStructuralFeature feature, String key) {
        String value = SchemaAnnotations.get(feature, key);
        return value == null ? null : new BigDecimal(value);
    }

    private static FieldKind kindOf(EStructuralFeature feature) {
        if (feature instanceof EReference reference) {
            return reference.isContainment() ? FieldKind.CHILDREN : FieldKind.REFERENCE;
        }
        EAttribute attribute = (EAttribute) feature;
        if (attribute.getEType() instanceof EEnum) {
            return attribute.isMany() ? FieldKind.MULTI_ENUM : FieldKind.ENUM;
        }
        String declared = SchemaAnnotations.get(feature, SchemaAnnotations.KIND);
        if (declared != null) {
            return switch (declared) {
                case "longText" -> FieldKind.LONG_TEXT;
                case "integer" -> FieldKind.INTEGER;
                case "decimal" -> FieldKind.DECIMAL;
                case "date" -> FieldKind.DATE;
                case "dateTime" -> FieldKind.DATE_TIME;
                case "boolean" -> FieldKind.BOOLEAN;
                default -> FieldKind.TEXT;
            };
        }
        return switch (attribute.getEAttributeType().getInstanceClassName()) {
            case "java.lang.Integer", "int", "java.lang.Long", "long" -> FieldKind.INTEGER;
            case "java.math.BigDecimal", "java.lang.Double", "double" -> FieldKind.DECIMAL;
            case "java.util.Date" -> FieldKind.DATE_TIME;
            case "java.lang.Boolean", "boolean" -> FieldKind.BOOLEAN;
            default -> FieldKind.TEXT;
        };
    }
}
