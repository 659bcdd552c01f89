package io.clientbench.analysis.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.clientbench.analysis.AnalysisResult.Score;
import io.clientbench.analysis.AnalysisResult.Tagged;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.store.OwnedRecords;
import io.clientbench.store.OwnedRecords.Replacement;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;

/**
 * Keeps an analysis's per-customer tags and grades as the customer's {@code Tag} and {@code Grade} records (beside
 * {@link ScoreWriteBack}, which sets the customer's grading fields): each tag as Tag{name, rule, assignedAt}, the grade
 * as Grade{scheme, value, reason, rule, assignedAt}, the rule being {@code <analysis id>/<rule id>}. A run replaces
 * what the same analysis wrote before on the customers it scored — a chunk of customers per transaction
 * ({@link OwnedRecords#replaceOwned}) — and leaves tags set by hand, other analyses' records and month snapshots
 * alone; a customer the run scores without a tag loses the analysis's earlier tag. Nothing is version-checked here:
 * the records replaced are the analysis's own; customers deleted since the analysis ran are reported, not written.
 */
public final class RecordWriteBack {

    /** What a run wrote: customers written, records created and replaced, and the ids of customers that are gone. */
    public record Report(int customers, int tags, int grades, int replaced, List<Long> missing) {
    }

    /** The Grade scheme (a value of the GradeScheme list) of each grading field of the base schema. */
    private static final Map<String, String> SCHEMES = Map.of("relationshipGrade", "SABC", "valueGrade", "RFM", "customerClass", "ABCD",
            "userImportance", "IMPORTANCE", "marketSpaceClass", "MARKET_SPACE", "valueLevel", "VALUE");
    private static final String TAG = "Tag", GRADE = "Grade", RULE = "rule";

    private RecordWriteBack() {
    }

    /** The rule prefix of an analysis's records: its id and a slash. */
    public static String rulePrefix(String analysisId) {
        return analysisId + "/";
    }

    /** The Grade scheme the grades of a customer field are kept under; empty for a field that has none (an admin's). */
    public static Optional<String> scheme(FieldDescriptor gradeField) {
        return gradeField == null ? Optional.empty() : Optional.ofNullable(SCHEMES.get(gradeField.name()));
    }

    /**
     * @param repository the store's records (the customers' scan); a masking decorator is fine
     * @param owned      the store's {@link OwnedRecords} service, which writes the records
     * @param gradeField the field the grades are meant for ({@link ScoreWriteBack#targets}), giving their scheme and
     *                   stored value; without a scheme no grade records are written, only tags
     * @param chunk      customers per transaction
     */
    public static Report write(RecordRepository repository, OwnedRecords owned, String analysisId, FieldDescriptor gradeField, List<Score> scores, LocalDateTime at,
            int chunk, ScoreWriteBack.Progress progress) throws StoreException {
        String prefix = rulePrefix(analysisId);
        Optional<String> scheme = scheme(gradeField);
        Set<Long> existing = new HashSet<>(scores.size() * 2);
        repository.scan("Customer", List.of(), (id, version, values) -> existing.add(id));
        Map<Long, Score> byCustomer = new LinkedHashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Score score : scores) {
            if (existing.contains(score.customerId())) {
                byCustomer.put(score.customerId(), score);
            } else {
                missing.add(score.customerId());
            }
        }
        int tags = 0, grades = 0, replaced = 0, done = 0;
        List<Long> owners = new ArrayList<>(chunk);
        List<Map<String, Object>> tagRows = new ArrayList<>(), gradeRows = new ArrayList<>();
        for (Score score : byCustomer.values()) {
            long owner = score.customerId();
            owners.add(owner);
            for (Tagged tag : score.tags()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(RecordRepository.OWNER, owner);
                row.put("name", tag.tag());
                row.put(RULE, prefix + tag.rule());
                row.put("assignedAt", at);
                tagRows.add(row);
            }
            if (score.grade() != null && scheme.isPresent()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(RecordRepository.OWNER, owner);
                row.put("scheme", scheme.get());
                row.put("value", ScoreWriteBack.valueOf(gradeField, score.grade()).orElse(score.grade()));
                row.put(RULE, prefix + score.gradeRule());
                if (score.explanation() != null) {
                    row.put("reason", score.explanation());
                }
                row.put("assignedAt", at);
                gradeRows.add(row);
            }
            done++;
            if (owners.size() == chunk || done == byCustomer.size()) {
                var result = owned.replaceOwned(owners, List.of(new Replacement(TAG, RULE, prefix, tagRows), new Replacement(GRADE, RULE, prefix, gradeRows)));
                replaced += result.deleted();
                tags += tagRows.size();
                grades += gradeRows.size();
                int written = done;
                owners.clear();
                tagRows.clear();
                gradeRows.clear();
                if (progress != null && !progress.done(written, byCustomer.size())) {
                    return new Report(written, tags, grades, replaced, missing);
                }
            }
        }
        return new Report(byCustomer.size(), tags, grades, replaced, missing);
    }
}
