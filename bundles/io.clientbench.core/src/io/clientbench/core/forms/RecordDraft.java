package io.clientbench.core.forms;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    private final Deque<Edit> undoable = new ArrayDeque<>();
    private final Deque<Edit> redoable = new ArrayDeque<>();
    private final java.util.Set<String> locked = new java.util.HashSet<>();

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
            case java.time.LocalDateTime time -> time.format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"));
            default -> String.valueOf(value);
        };
    }

    public EntitySchema entity() {
        return entity;
    }

    public String input(String field) {
        return inputs.getOrDefault(field, "");
    }

    /**
     * Sets a field's text as the user typed it. Consecutive edits of one field are one undo step (undo takes back the
     * whole run of typing, not a keystroke); any new edit clears what could be redone.
     */
    public void set(String field, String text) {
        if (locked.contains(field)) {
            return;
        }
        String before = input(field);
        String after = text == null ? "" : text;
        if (before.equals(after)) {
            return;
        }
        inputs.put(field, after);
        redoable.clear();
        Edit last = undoable.peek();
        if (last != null && last.field().equals(field)) {
            undoable.pop();
            before = last.before();
        }
        undoable.push(new Edit(field, before, after));
    }

    /** One undo step: a field's text before and after. */
    private record Edit(String field, String before, String after) {
    }

    /** Takes back the last edit step. @return the field it changed, for the form to show again */
    public Optional<String> undo() {
        Edit edit = undoable.poll();
        if (edit == null) {
            return Optional.empty();
        }
        inputs.put(edit.field(), edit.before());
        redoable.push(edit);
        return Optional.of(edit.field());
    }

    /** Makes the last undone step again. @return the field it changed */
    public Optional<String> redo() {
        Edit edit = redoable.poll();
        if (edit == null) {
            return Optional.empty();
        }
        inputs.put(edit.field(), edit.after());
        undoable.push(edit);
        return Optional.of(edit.field());
    }

    public boolean canUndo() {
        return !undoable.isEmpty();
    }

    public boolean canRedo() {
        return !redoable.isEmpty();
    }

    /**
     * Makes a field read-only: its text stays what was stored, it is not validated (a masked 138****5678 is no valid
     * mobile) and it is never among the {@link #changes}, so a value shown masked is never written back.
     */
    public void lock(String field) {
        locked.add(field);
    }

    public boolean isLocked(String field) {
        return locked.contains(field);
    }

    public RecordValidator.Result validate(String recordName) {
        RecordValidator.Result result = new RecordValidator(entity).validate(recordName, inputs);
        if (locked.isEmpty()) {
            return result;
        }
        return new RecordValidator.Result(result.values(), result.pending(),
                result.violations().stream().filter(v -> !locked.contains(v.field().name())).toList());
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
            if (!field.kind().isValue() || locked.contains(field.name())) {
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
