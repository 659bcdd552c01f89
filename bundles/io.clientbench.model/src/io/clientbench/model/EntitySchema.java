package io.clientbench.model;

import java.util.List;
import java.util.Optional;

/** One entity of the merged schema (Customer, Contact, Deal, ...) with its fields in form order. */
public record EntitySchema(String name, Label label, List<FieldDescriptor> fields) {

    public Optional<FieldDescriptor> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }
}
