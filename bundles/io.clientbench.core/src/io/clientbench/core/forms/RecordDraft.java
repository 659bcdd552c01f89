package io.clientbench.core.forms;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.clientbench.core.validation.RecordValidator;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;

/**
 * What a form edits: the text the user typed per field over a stored record (or a new one). It validates with the
 * schema's rules and gives the typed changes to save. SWT-free, so the form's rules are unit-tested.
 */
public final class RecordDraft {

    private final EntitySchema entity;
    private final Map<String, Object> stored;
    private final Map<String, String> inputs = new HashMap<>();

    /** @param stored the record's stored values (empty for a new record) */
    public RecordDraft(EntitySchema entity, Map<String, Object> stored) {
        this.entity = entity;
        this.stored = Map.copyOf(stored);
        for (FieldDescriptor field : entity.fields()) {
            if (field.kind().isValue()) {
                inputs.put(field.name(), inputOf(field, stored.get(field.name())));
            }
        }
    }

    /** The text a stored value is edited as: value lists by their names, numbers plain, dates ISO, booleans true/false. */
    public static String inputOf(FieldDescriptor field, Object value) {
        return switch (value) {
            case null -> "";
            case List<?> list -> list.stream().map(String::valueOf).collect(Collectors.joining(","));
            case BigDecimal decimal -> decimal.stripTrailingZeros().toPlainString();
            default -> String.valueOf(value);
        };
    }

    public EntitySchema entity() {
        return entity;
    }

    public String input(String field) {
        return inputs.getOrDefault(field, "");
    }

    public void set(String field, String text) {
        inputs.put(field, text == null ? "" : text);
    }

    public RecordValidator.Result validate(String recordName) {
        return new RecordValidator(entity).validate(recordName, inputs);
    }

    /** Whether any field's text differs from what is stored. */
    public boolean isDirty() {
        return entity.fields().stream().filter(f -> f.kind().isValue())
                .anyMatch(f -> !inputOf(f, stored.get(f.name())).equals(input(f.name())));
    }

    /** The typed values that differ from the stored record (null for a cleared field), from a valid result. */
    public Map<String, Object> changes(RecordValidator.Result valid) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (FieldDescriptor field : entity.fields()) {
            if (!field.kind().isValue()) {
                continue;
            }
            Object now = valid.values().get(field.name());
            if (!same(stored.get(field.name()), now)) {
                changes.put(field.name(), now);
            }
        }
        return changes;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
