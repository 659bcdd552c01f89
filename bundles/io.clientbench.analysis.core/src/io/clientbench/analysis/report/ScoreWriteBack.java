package io.clientbench.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.AnalysisResult.Score;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;

/**
 * Writes an analysis's per-customer grades and tags back to the customers, so that the navigator can filter and group
 * by them. An analysis does not name customer fields (a third party cannot know the branch's schema), so the target
 * is found by value: the visible value-list field of the customer's grading group, with the fewest values, whose
 * values cover every grade (or every tag) the result gave, by value name or by label in either language: RFM's S/A/B/C
 * land in the relationship grade, its VIP/普通/潜力/流失预警 in the customer grade. A result whose grades fit no field writes no grades. A result may name its grades' field
 * ({@link AnalysisResult#gradeField()}) where the letters fit several: the A/B/C/D classification's A/B/C land in the
 * customer class, not the relationship grade.
 * <p>
 * Changed customers are saved a chunk per transaction ({@link RecordRepository#updateAll}) at the versions read just
 * before, so an edit made meanwhile is reported as a conflict and kept, never overwritten; customers already holding
 * the values are skipped.
 */
public final class ScoreWriteBack {

    /** The customer fields the grades and tags go to; either may be null. */
    public record Targets(FieldDescriptor gradeField, FieldDescriptor tagField) {
        public boolean any() {
            return gradeField != null || tagField != null;
        }
    }

    /** What a write-back did: the saved customers (to announce) and the ids that conflicted or failed. */
    public record Report(List<StoredRecord> written, int unchanged, List<Long> conflicts, List<String> failures) {
    }

    /** Told after each chunk; returns false to stop. */
    public interface Progress {
        boolean done(int customers, int of);
    }

    /** The schema's field group of grades and tags. */
    static final String GRADING = "grading";

    private ScoreWriteBack() {
    }

    /**
     * The targets of a result's scores: the field the result names as its grades' field ({@link AnalysisResult#gradeField()})
     * when it is a visible grading value list holding every grade, else the closest fit found by value.
     */
    public static Targets targets(EntitySchema customer, AnalysisResult result) {
        Targets byValue = targets(customer, result.scores());
        Set<String> grades = distinct(result.scores(), Score::grade);
        return result.gradeField().flatMap(name -> grading(customer).filter(f -> f.name().equals(name)).filter(f -> fits(f, grades)).findFirst())
                .filter(f -> !grades.isEmpty()).map(f -> new Targets(f, byValue.tagField())).orElse(byValue);
    }

    public static Targets targets(EntitySchema customer, List<Score> scores) {
        return new Targets(field(customer, distinct(scores, Score::grade)).orElse(null), field(customer, distinct(scores, Score::tag)).orElse(null));
    }

    /** The stored value (the value's name) a grade or tag text stands for in a field, if it fits. */
    public static Optional<String> valueOf(FieldDescriptor field, String text) {
        if (field == null || text == null) {
            return Optional.empty();
        }
        return field.literals().stream().filter(l -> !l.hidden() && matches(l, text)).map(EnumLiteral::name).findFirst();
    }

    /**
     * @param chunk how many customers to write per transaction, between progress reports
     */
    public static Report write(RecordRepository repository, Targets targets, List<Score> scores, int chunk, Progress progress) throws StoreException {
        Map<Long, Map<String, Object>> wanted = new LinkedHashMap<>();
        for (Score score : scores) {
            Map<String, Object> values = new LinkedHashMap<>();
            valueOf(targets.gradeField(), score.grade()).ifPresent(v -> values.put(targets.gradeField().name(), v));
            valueOf(targets.tagField(), score.tag()).ifPresent(v -> values.put(targets.tagField().name(), v));
            if (!values.isEmpty()) {
                wanted.put(score.customerId(), values);
            }
        }
        List<String> fields = new ArrayList<>();
        if (targets.gradeField() != null) {
            fields.add(targets.gradeField().name());
        }
        if (targets.tagField() != null) {
            fields.add(targets.tagField().name());
        }
        // one scan for every customer's version and current values: unchanged customers are not written at all
        Map<Long, Integer> versions = new LinkedHashMap<>();
        Map<Long, Map<String, Object>> current = new LinkedHashMap<>();
        repository.scan("Customer", fields, (id, version, values) -> {
            if (wanted.containsKey(id)) {
                versions.put(id, version);
                Map<String, Object> now = new LinkedHashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    now.put(fields.get(i), values[i] == null ? null : values[i].toString());
                }
                current.put(id, now);
            }
        });
        List<StoredRecord> written = new ArrayList<>();
        List<Long> conflicts = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<RecordRepository.RecordChange> pending = new ArrayList<>();
        int unchanged = 0, done = 0;
        for (var entry : wanted.entrySet()) {
            long id = entry.getKey();
            Integer version = versions.get(id);
            if (version == null) {
                failures.add(Long.toString(id)); // deleted since the analysis ran
            } else if (entry.getValue().equals(current.get(id))) {
                unchanged++;
            } else {
                pending.add(new RecordRepository.RecordChange(id, version, entry.getValue()));
            }
            if (++done % chunk == 0 || done == wanted.size()) {
                save(repository, pending, written, conflicts, failures);
                pending.clear();
                if (progress != null && !progress.done(done, wanted.size())) {
                    break;
                }
            }
        }
        return new Report(written, unchanged, conflicts, failures);
    }

    /** One chunk in one transaction; when another writer got in during it, record by record so the rest still lands. */
    private static void save(RecordRepository repository, List<RecordRepository.RecordChange> chunk, List<StoredRecord> written, List<Long> conflicts,
            List<String> failures) throws StoreException {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            RecordRepository.Updates updates = repository.updateAll("Customer", chunk);
            written.addAll(updates.saved());
            conflicts.addAll(updates.conflicts());
            return;
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.CONFLICT) {
                throw e;
            }
        }
        for (RecordRepository.RecordChange change : chunk) {
            try {
                written.add(repository.update("Customer", change.id(), change.expectedVersion(), change.changes()));
            } catch (StoreException e) {
                if (e.reason() == StoreException.Reason.CONFLICT) {
                    conflicts.add(change.id());
                } else {
                    failures.add(e.getLocalizedMessage());
                }
            }
        }
    }

    private static Set<String> distinct(List<Score> scores, Function<Score, String> part) {
        Set<String> values = new LinkedHashSet<>();
        for (Score score : scores) {
            String value = part.apply(score);
            if (value != null && !value.isBlank()) {
                values.add(value);
            }
        }
        return values;
    }

    private static Optional<FieldDescriptor> field(EntitySchema customer, Set<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        // grading fields only (industry sections are letters too), the closest fit first
        return grading(customer).filter(f -> fits(f, values)).min(java.util.Comparator.comparingInt(f -> f.literals().size()));
    }

    private static java.util.stream.Stream<FieldDescriptor> grading(EntitySchema customer) {
        return customer.fields().stream().filter(f -> f.kind() == FieldKind.ENUM && !f.hidden() && GRADING.equals(f.group()));
    }

    private static boolean fits(FieldDescriptor field, Set<String> values) {
        return values.stream().allMatch(v -> valueOf(field, v).isPresent());
    }

    private static boolean matches(EnumLiteral literal, String text) {
        String t = text.trim();
        return literal.name().equalsIgnoreCase(t) || t.equals(literal.label().zh()) || t.equalsIgnoreCase(literal.label().en());
    }
}
