package io.clientbench.analysis.dataset;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.MergedSchema;

/**
 * Which fields of which entities a dataset holds, and as what kind of column. The customer entity is always there
 * (every other entity's rows point at their customer's row). Usually made with {@link #of(MergedSchema, Collection)}
 * from the union of the analyses' required fields.
 */
public final class DatasetSpec {

    private final Map<String, Map<String, ColumnKind>> entities = new LinkedHashMap<>();

    public DatasetSpec() {
        entities.put(Dataset.CUSTOMER, new LinkedHashMap<>());
    }

    /**
     * A spec for qualified field names such as {@code Customer.industry} or {@code Deal.amount}, with each column's
     * kind taken from the schema.
     * @throws IllegalArgumentException for a name without an entity, or an entity or field the schema lacks
     */
    public static DatasetSpec of(MergedSchema schema, Collection<String> qualifiedFields) {
        DatasetSpec spec = new DatasetSpec();
        for (String qualified : qualifiedFields) {
            int dot = qualified.indexOf('.');
            if (dot <= 0) {
                throw new IllegalArgumentException("not an Entity.field name: " + qualified);
            }
            String entityName = qualified.substring(0, dot);
            String fieldName = qualified.substring(dot + 1);
            EntitySchema entity = schema.entity(entityName)
                    .orElseThrow(() -> new IllegalArgumentException("the schema has no entity " + entityName));
            FieldDescriptor field = entity.field(fieldName)
                    .orElseThrow(() -> new IllegalArgumentException(entityName + " has no field " + fieldName));
            spec.add(entityName, fieldName, ColumnKind.of(field.kind()));
        }
        return spec;
    }

    /**
     * As {@link #of}, leaving out the fields the schema lacks or an admin hid (an analysis needing one then reports
     * the missing field when computed, instead of the whole dataset failing): what a view builds from
     * {@code AnalysisRegistry.requiredFields()}, since an installed analysis may name an industry pack's field that
     * this branch does not have.
     */
    public static DatasetSpec available(MergedSchema schema, Collection<String> qualifiedFields) {
        DatasetSpec spec = new DatasetSpec();
        for (String qualified : qualifiedFields) {
            int dot = qualified.indexOf('.');
            if (dot <= 0) {
                continue;
            }
            String entityName = qualified.substring(0, dot);
            schema.entity(entityName).flatMap(entity -> entity.field(qualified.substring(dot + 1)))
                    .filter(field -> !field.hidden() && field.kind().isValue())
                    .ifPresent(field -> spec.add(entityName, field.name(), ColumnKind.of(field.kind())));
        }
        return spec;
    }

    /** Adds a column (the first kind given for a field wins). @return this */
    public DatasetSpec add(String entity, String field, ColumnKind kind) {
        entities.computeIfAbsent(entity, e -> new LinkedHashMap<>()).putIfAbsent(field, kind);
        return this;
    }

    /** Entity name to its columns; the customer entity first. */
    public Map<String, Map<String, ColumnKind>> entities() {
        return Collections.unmodifiableMap(entities);
    }
}
