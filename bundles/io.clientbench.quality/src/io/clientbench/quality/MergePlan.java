package io.clientbench.quality;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.store.RecordMerger.MergeRequest;
import io.clientbench.store.StoredRecord;

/**
 * How a group of duplicates becomes one record: which record survives (the most complete, then the oldest) and, per
 * field where the records differ, the value kept — by default the most recently updated record's value (the
 * {@code updatedAt} field, 更新日期) or the most complete one (the longest text) — which the user may override per
 * field. The sheets: "dedup …, keeping the newest or most complete record".
 */
public final class MergePlan {

    /** How a field's value is picked by default. */
    public enum Rule {
        MOST_RECENT, MOST_COMPLETE
    }

    /** A value one of the records holds for a field, with that record's update date (or null). */
    public record Option(long recordId, Object value, LocalDateTime updatedAt) {
    }

    /** A field whose records disagree: the values offered and the one chosen. */
    public record Choice(FieldDescriptor field, List<Option> options, int chosen) {
        public Option chosenOption() {
            return options.get(chosen);
        }
    }

    /** The field that says when a record was last brought up to date (G1: 更新日期). */
    public static final String UPDATED_AT = "updatedAt";

    private final EntitySchema entity;
    private final List<StoredRecord> records;
    private final StoredRecord survivor;
    private final Map<String, Choice> choices = new LinkedHashMap<>();

    private MergePlan(EntitySchema entity, List<StoredRecord> records, Rule rule) {
        this.entity = entity;
        this.records = List.copyOf(records);
        this.survivor = records.stream().max(Comparator.comparingInt((StoredRecord r) -> r.values().size())
                .thenComparing(Comparator.comparingLong(StoredRecord::id).reversed())).orElseThrow();
        for (FieldDescriptor field : entity.fields()) {
            if (!field.kind().isValue() || field.hidden()) {
                continue;
            }
            List<Option> options = new ArrayList<>();
            for (StoredRecord record : this.records) {
                Object value = record.values().get(field.name());
                if (value != null && options.stream().noneMatch(o -> Objects.equals(o.value(), value))) {
                    options.add(new Option(record.id(), value, updatedAt(record)));
                }
            }
            boolean survivorHasIt = survivor.values().get(field.name()) != null;
            if (options.size() > 1 || options.size() == 1 && !survivorHasIt) {
                choices.put(field.name(), new Choice(field, List.copyOf(options), defaultChoice(options, rule)));
            }
        }
    }

    /** Plans the merge of the group's records (full records of one entity, at least two). */
    public static MergePlan of(EntitySchema entity, List<StoredRecord> records, Rule rule) {
        if (records.size() < 2) {
            throw new IllegalArgumentException("a merge needs two records or more");
        }
        return new MergePlan(entity, records, rule);
    }

    public StoredRecord survivor() {
        return survivor;
    }

    public List<StoredRecord> records() {
        return records;
    }

    /** The fields where the records differ or the survivor lacks a value another has, in form order. */
    public List<Choice> choices() {
        return List.copyOf(choices.values());
    }

    /** The user's pick for a field: the value of the given option. */
    public void choose(String field, int option) {
        Choice choice = choices.get(field);
        if (choice == null || option < 0 || option >= choice.options().size()) {
            throw new IllegalArgumentException(field + " has no option " + option);
        }
        choices.put(field, new Choice(choice.field(), choice.options(), option));
    }

    /** The values the survivor takes: each chosen value that differs from what it holds. */
    public Map<String, Object> survivorChanges() {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (Choice choice : choices.values()) {
            Object value = choice.chosenOption().value();
            if (!Objects.equals(value, survivor.values().get(choice.field().name()))) {
                changes.put(choice.field().name(), value);
            }
        }
        return changes;
    }

    /** The store's request for this plan, each record at the version it was read at. */
    public MergeRequest request(String label) {
        Map<Long, Integer> merged = new LinkedHashMap<>();
        records.stream().filter(r -> r.id() != survivor.id()).forEach(r -> merged.put(r.id(), r.version()));
        return new MergeRequest(entity.name(), survivor.id(), survivor.version(), survivorChanges(), merged, label);
    }

    private static int defaultChoice(List<Option> options, Rule rule) {
        Comparator<Option> recent = Comparator.comparing(Option::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder()));
        Comparator<Option> order = rule == Rule.MOST_COMPLETE
                ? Comparator.comparingInt((Option o) -> String.valueOf(o.value()).length()).thenComparing(recent)
                : recent;
        int best = 0;
        for (int i = 1; i < options.size(); i++) {
            if (order.compare(options.get(i), options.get(best)) > 0) {
                best = i;
            }
        }
        return best;
    }

    private static LocalDateTime updatedAt(StoredRecord record) {
        return record.values().get(UPDATED_AT) instanceof LocalDateTime at ? at : null;
    }
}
