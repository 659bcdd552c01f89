package io.clientbench.analysis.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.store.OwnedRecords;
import io.clientbench.store.OwnedRecords.Replacement;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;

/**
 * The start-of-month inventory (月初盘点, sheet 4's rolling management): every customer's grades as they stand — the
 * grading fields that have a Grade scheme (S/A/B/C relationship grade, VIP/普通/潜力/流失预警, A/B/C/D class, 重要/一般,
 * market space, value level) — kept as Grade records with the month in {@code snapshotMonth} (its first day) and the
 * rule {@code snapshot/<yyyy-MM>/<scheme>}, so that grade movements can be read month over month. Taking a month again
 * replaces only that month's records, in one transaction with the new ones; older months are never touched.
 */
public final class GradeSnapshots {

    /** The rule prefix of every snapshot record. */
    public static final String RULE_PREFIX = "snapshot/";
    private static final String GRADE = "Grade", RULE = "rule", MONTH = "snapshotMonth";

    /** What a snapshot wrote: customers with at least one grade, grade records, records of the same month replaced. */
    public record Taken(YearMonth month, int customers, int grades, int replaced) {
    }

    private GradeSnapshots() {
    }

    /** The rule prefix of one month's snapshot records. */
    public static String rulePrefix(YearMonth month) {
        return RULE_PREFIX + month + "/";
    }

    /** The months that have a snapshot, oldest first. */
    public static List<YearMonth> months(RecordRepository repository) throws StoreException {
        TreeSet<YearMonth> months = new TreeSet<>();
        repository.scan(GRADE, List.of(MONTH), (id, version, values) -> {
            if (values[0] instanceof LocalDate day) {
                months.add(YearMonth.from(day));
            }
        });
        return List.copyOf(months);
    }

    /** Whether a month has a snapshot. */
    public static boolean has(RecordRepository repository, YearMonth month) throws StoreException {
        return months(repository).contains(month);
    }

    /**
     * Takes (or takes again) a month's snapshot of every customer's grades, in one transaction. The scanned grades are
     * kept as a customer id and a code per grade record ({@link SnapshotGrades}); the store builds each record's row
     * when it binds it ({@link Replacement#computed}), so 100k customers' 300k rows are never all held as maps.
     */
    public static Taken take(RecordRepository repository, OwnedRecords owned, EntitySchema customer, YearMonth month, LocalDateTime at) throws StoreException {
        Map<String, String> schemes = new LinkedHashMap<>();
        for (FieldDescriptor field : customer.fields()) {
            if (field.kind() == FieldKind.ENUM && !field.hidden()) {
                RecordWriteBack.scheme(field).ifPresent(scheme -> schemes.put(field.name(), scheme));
            }
        }
        List<String> fields = List.copyOf(schemes.keySet());
        String prefix = rulePrefix(month);
        SnapshotGrades grades = new SnapshotGrades(fields.stream().map(schemes::get).toList(), prefix);
        List<Long> owners = new ArrayList<>();
        int[] graded = { 0 };
        repository.scan("Customer", fields, (id, version, values) -> {
            owners.add(id);
            boolean any = false;
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    grades.add(id, i, values[i].toString());
                    any = true;
                }
            }
            graded[0] += any ? 1 : 0;
        });
        LocalDate first = month.atDay(1);
        var replaced = owned.replaceOwned(owners,
                List.of(Replacement.computed(GRADE, RULE, prefix, grades.size(), row -> grades.row(row, first, at))));
        return new Taken(month, graded[0], grades.size(), replaced.deleted());
    }

    /** The newest snapshot month, if any. */
    public static Optional<YearMonth> latest(RecordRepository repository) throws StoreException {
        List<YearMonth> months = months(repository);
        return months.isEmpty() ? Optional.empty() : Optional.of(months.get(months.size() - 1));
    }
}
