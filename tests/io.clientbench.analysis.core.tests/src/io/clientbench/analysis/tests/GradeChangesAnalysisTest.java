package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.AnalysisRegistry.Outcome;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.ColumnKind;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.DatasetLoader;
import io.clientbench.analysis.dataset.DatasetSpec;
import io.clientbench.analysis.report.GradeSnapshots;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.Database;
import io.clientbench.store.OwnedRecords;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.SchemaStore;

/**
 * Month-over-month grade changes on a hand-made snapshot history (S/A/B/C):
 *
 * <pre>
 *           1  2  3  4  5  6  7  8  9  10 11
 * 2026-09   S  S  .  .  B  C  .  .  .  .  .
 * 2026-10   S  S  S  S  B  B  B  B  A  C  .
 * 2026-11   S  A  B  .  A  S  B  C  A  B  C
 * 10 → 11: S 4, no longer S 3 (2→A, 3→B, 4 not graded): 75 %; B 4, now A or S 2 (5→A, 6→S): 50 %; 8 changed
 * 09 → 10: S 2, none lost: 0 %; B 1 (5 stays B): 0 %; 7 changed (3, 4, 6, 7, 8, 9, 10)
 * </pre>
 * A grade written back by an analysis (no snapshot month) and an RFM snapshot are not part of the S/A/B/C reading.
 */
class GradeChangesAnalysisTest {

    private static final String CHANGES = "io.clientbench.analysis.gradechanges";
    private static final boolean CHINESE = "zh".equals(System.getProperty("clientbench.expectedLanguage", "en"));
    private AnalysisRegistry registry;
    private Dataset dataset;
    private long nextId = 100;

    @BeforeEach
    void setUp() throws Exception {
        registry = Services.get(AnalysisRegistry.class);
        dataset = new Dataset(new DatasetSpec().add("Grade", "scheme", ColumnKind.TEXT).add("Grade", "value", ColumnKind.TEXT)
                .add("Grade", "snapshotMonth", ColumnKind.DATE));
        for (long id = 1; id <= 11; id++) {
            dataset.upsert(Dataset.CUSTOMER, id, null, Map.of());
        }
        month("2026-09", "S S . . B C . . . . .");
        month("2026-10", "S S S S B B B B A C .");
        month("2026-11", "S A B . A S B C A B C");
        grade(2, "SABC", "S", null); // the relationship grade written back today: not a snapshot
        grade(7, "RFM", "VIP", LocalDate.of(2026, 11, 1));
    }

    @Test
    void sChurnAndBUpgradeRatesWithTheTransitionMatrix() {
        AnalysisResult result = changes(parameters());
        assertEquals(List.of("2026-10", "2026-11"), result.series("sChurn").orElseThrow().labels());
        assertEquals(List.of(0.0, 75.0), result.series("sChurn").orElseThrow().values());
        assertEquals(List.of(0.0, 50.0), result.series("bUpgrade").orElseThrow().values());
        List<List<Object>> rates = result.table("rates").orElseThrow().rows();
        assertEquals(List.of("2026-10", "2026-09", 2, 0, 0.0, 1, 0, 0.0, 7), rates.get(0));
        assertEquals(List.of("2026-11", "2026-10", 4, 3, 75.0, 4, 2, 50.0, 8), rates.get(1));

        AnalysisResult.Table matrix = result.table("matrix").orElseThrow();
        assertEquals(List.of("S", "A", "B", "C", CHINESE ? "（未评级）" : "(not graded)"), matrix.columns().subList(1, 6));
        assertEquals(List.of("S", 1, 1, 1, 0, 1), matrix.rows().get(0));
        assertEquals(List.of("A", 0, 1, 0, 0, 0), matrix.rows().get(1));
        assertEquals(List.of("B", 1, 1, 1, 1, 0), matrix.rows().get(2));
        assertEquals(List.of("C", 0, 0, 1, 0, 0), matrix.rows().get(3));
        assertEquals(List.of(0, 0, 0, 1, 0), matrix.rows().get(4).subList(1, 6));
        assertTrue(matrix.title().contains("2026-10 → 2026-11"), matrix.title());

        var conclusion = result.conclusion().orElseThrow();
        assertEquals(CHINESE ? "2026-10 至 2026-11：4 个 S 级客户中 3 个不再是 S 级（S 级流失率 75%），4 个 B 级客户中 2 个升为 A 或 S 级（B 级升级率 50%）；8 个客户等级有变动。"
                : "From 2026-10 to 2026-11: 3 of 4 S customers are no longer S (S churn rate 75%) and 2 of 4 B customers moved up to A or S (B upgrade rate 50%); 8 customers changed grade.",
                conclusion.conclusion());
        assertEquals(CHINESE ? "不再是 S 级的客户中，1 个降为 A 级，1 个降为 B 级或更低，1 个不再有等级；降为 C 级的 B 级客户 1 个。所比较的 2 个月平均：S 级流失率 37.5%，B 级升级率 25%。"
                : "Of those no longer S, 1 fell to A, 1 to B or lower and 1 lost their grade; B customers that fell to C: 1. Average over the months compared (2): S churn rate 37.5%, B upgrade rate 25%.",
                conclusion.diagnosis());
        assertTrue(conclusion.action().contains("3") && conclusion.action().contains("2"), conclusion.action());
    }

    @Test
    void theMonthsShownAndTooFewSnapshots() {
        assertEquals(List.of(75.0), changes(parameters().with("months", "1")).series("sChurn").orElseThrow().values());
        AnalysisResult rfm = changes(parameters().with("scheme", "RFM"));
        assertTrue(rfm.series().isEmpty());
        assertEquals(CHINESE ? "等级变动需要两个月的盘点快照；目前有 1 个（2026-11）。" : "Grade changes need the snapshots of two months; there are 1 (2026-11).",
                rfm.conclusion().orElseThrow().conclusion());
    }

    /** The snapshot taken on the real store and read back through the dataset: a month taken again replaces only itself. */
    @Test
    void snapshotsOfTheStoreGiveTheRates() throws Exception {
        SchemaRegistry schemas = Services.get(SchemaRegistry.class);
        Services.get(Database.class).open();
        Services.get(SchemaStore.class).migrate(schemas.schema());
        RecordRepository repository = Services.get(RecordRepository.class);
        OwnedRecords owned = Services.get(OwnedRecords.class);
        // the store is shared with the other tests of this run: the assertions count what these customers add
        long s1 = repository.create("Customer", Map.of("fullName", "盘点甲", "relationshipGrade", "S", "valueGrade", "VIP")).id();
        long s2 = repository.create("Customer", Map.of("fullName", "盘点乙", "relationshipGrade", "S")).id();
        long b1 = repository.create("Customer", Map.of("fullName", "盘点丙", "relationshipGrade", "B")).id();
        var customer = schemas.schema().customer();
        LocalDateTime at = LocalDateTime.of(2026, 10, 1, 8, 0);
        // the test database outlives a run: what earlier runs took of these months is what a take replaces
        int earlierOctober = count(repository, GradeSnapshots.rulePrefix(YearMonth.of(2026, 10)));
        int earlierNovember = count(repository, GradeSnapshots.rulePrefix(YearMonth.of(2026, 11)));
        GradeSnapshots.Taken october = GradeSnapshots.take(repository, owned, customer, YearMonth.of(2026, 10), at);
        assertEquals(earlierOctober, october.replaced());
        assertEquals(october.grades(), count(repository, GradeSnapshots.rulePrefix(YearMonth.of(2026, 10))));
        assertTrue(october.grades() >= 4, "at least these customers' 4 grades: " + october);
        int octoberGrades = october.grades();

        update(repository, s2, "A");
        update(repository, b1, "S");
        GradeSnapshots.Taken november = GradeSnapshots.take(repository, owned, customer, YearMonth.of(2026, 11), at.plusMonths(1));
        assertEquals(earlierNovember, november.replaced());
        assertEquals(october.grades(), count(repository, GradeSnapshots.rulePrefix(YearMonth.of(2026, 10))), "October is not touched");
        assertEquals(november.grades(), GradeSnapshots.take(repository, owned, customer, YearMonth.of(2026, 11), at.plusMonths(1).plusHours(2)).replaced(),
                "November taken again replaces November's records only");
        assertTrue(GradeSnapshots.months(repository).containsAll(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11))));
        long octoberKept = repository.findByOwner("Grade", s1).stream().filter(g -> LocalDate.of(2026, 10, 1).equals(g.values().get("snapshotMonth"))).count();
        assertEquals(2, octoberKept, "s1's S and VIP of October");
        assertEquals(octoberGrades, october.grades());

        Dataset stored = DatasetLoader.load(repository, DatasetSpec.of(schemas.schema(), List.of("Grade.scheme", "Grade.value", "Grade.snapshotMonth")));
        AnalysisResult result = changes(stored, parameters());
        List<Object> last = result.table("rates").orElseThrow().rows().get(result.table("rates").orElseThrow().rows().size() - 1);
        // s2 lost S and b1 moved up from B (other tests' customers may add to the counts)
        assertEquals(List.of("2026-11", "2026-10"), last.subList(0, 2));
        int sBefore = (Integer) last.get(2), sLost = (Integer) last.get(3), bBefore = (Integer) last.get(5), bUp = (Integer) last.get(6);
        assertTrue(sBefore >= 2 && sLost >= 1 && bBefore >= 1 && bUp >= 1, last.toString());
    }

    private static int count(RecordRepository repository, String rulePrefix) throws Exception {
        int[] count = { 0 };
        repository.scan("Grade", List.of("rule"), (id, version, values) -> count[0] += values[0] != null && values[0].toString().startsWith(rulePrefix) ? 1 : 0);
        return count[0];
    }

    private static void update(RecordRepository repository, long id, String grade) throws Exception {
        int version = repository.find("Customer", id).orElseThrow().version();
        repository.update("Customer", id, version, Map.of("relationshipGrade", grade));
    }

    private Parameters parameters() {
        return Parameters.defaults(registry.analysis(CHANGES).orElseThrow(), LocalDate.of(2026, 11, 23));
    }

    private AnalysisResult changes(Parameters parameters) {
        return changes(dataset, parameters);
    }

    private AnalysisResult changes(Dataset data, Parameters parameters) {
        Outcome outcome = registry.compute(CHANGES, data, parameters);
        assertTrue(outcome.ok(), outcome.problem());
        return outcome.result();
    }

    private void month(String month, String grades) {
        String[] letters = grades.split(" ");
        for (int i = 0; i < letters.length; i++) {
            if (!letters[i].equals(".")) {
                grade(i + 1, "SABC", letters[i], YearMonth.parse(month).atDay(1));
            }
        }
    }

    private void grade(long customer, String scheme, String value, LocalDate month) {
        Map<String, Object> values = new HashMap<>();
        values.put("scheme", scheme);
        values.put("value", value);
        values.put("snapshotMonth", month);
        dataset.upsert("Grade", nextId++, customer, values);
    }
}
