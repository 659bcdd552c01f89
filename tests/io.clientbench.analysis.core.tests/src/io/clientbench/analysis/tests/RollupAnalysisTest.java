package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
import io.clientbench.analysis.dataset.DatasetSpec;

/**
 * Sheet 4's 客户分类数量汇总表 on five hand-made customers, period of 30 days up to 2026-11-23:
 *
 * <pre>
 * 1 张三 A 重要, upgrade 10,000, 100,000 × 0.5   deals: organisation 5 days ago, organisation 40 days ago (outside),
 *                                                 individual 10 days ago
 * 2 张三 B 一般, 20,000 × 0.25
 * 3 李四 C 重要, upgrade 5,000                    deals: individual 29 days ago, upgrade yesterday (neither kind)
 * 4 李四 no class, 一般                           a deal without a kind 2 days ago
 * 5 no salesperson, D, upgrade 1,000, 10,000 × 2 (not a probability)
 *                                                 deals: organisation today, organisation in 3 days (after the date)
 * purchase needs within 3 months: organisation 1 (12-10, 算量), 2 (12-01, 计价), 5 (11-30); individual 2 and 3; 4 none
 * </pre>
 * The derived sheets: 单位购买汇总表 张三's 2 then 1 (by expected date), then 5; 个人购买汇总表 李四's 3, 张三's 2; 用户升级分析表
 * 李四's 3 (one upgrade deal yesterday), 张三's 1, then 5.
 */
class RollupAnalysisTest {

    private static final String ROLLUP = "io.clientbench.analysis.rollup";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private AnalysisRegistry registry;
    private Dataset dataset;
    private long dealId = 1;

    @BeforeEach
    void setUp() throws Exception {
        registry = Services.get(AnalysisRegistry.class);
        DatasetSpec spec = new DatasetSpec();
        for (String field : List.of("owner", "customerClass", "userImportance", "fullName", "expectedProduct")) {
            spec.add(Dataset.CUSTOMER, field, ColumnKind.TEXT);
        }
        for (String field : List.of("upgradeValue", "expectedDealValue", "closeProbability", "orgPurchaseNeedIn3Months", "personalPurchaseNeedIn3Months")) {
            spec.add(Dataset.CUSTOMER, field, ColumnKind.NUMBER);
        }
        spec.add(Dataset.CUSTOMER, "expectedPurchaseDate", ColumnKind.DATE);
        dataset = new Dataset(spec.add("Deal", "date", ColumnKind.DATE).add("Deal", "kind", ColumnKind.TEXT));
        customer(1, "张三", "A", "IMPORTANT", 10_000, 100_000, 0.5);
        customer(2, "张三", "B", "ORDINARY", null, 20_000, 0.25);
        customer(3, "李四", "C", "IMPORTANT", 5_000, null, null);
        customer(4, "李四", null, "ORDINARY", null, null, null);
        customer(5, null, "D", null, 1_000, 10_000, 2.0);
        needs(1, true, false, "2026-12-10", "算量");
        needs(2, true, true, "2026-12-01", "计价");
        needs(3, false, true, null, null);
        needs(4, false, false, null, null);
        needs(5, true, false, "2026-11-30", null);
        deal(1, 5, "ORGANISATION");
        deal(1, 40, "ORGANISATION");
        deal(1, 10, "INDIVIDUAL");
        deal(3, 29, "INDIVIDUAL");
        deal(3, 1, "UPGRADE");
        deal(4, 2, null);
        deal(5, 0, "ORGANISATION");
        deal(5, -3, "ORGANISATION");
    }

    @Test
    void countsPerSalespersonAndInTotal() {
        AnalysisResult result = rollup();
        List<List<Object>> rows = result.table("rollup").orElseThrow().rows();
        // customers, A, B, C, D, unclassified, important, ordinary, organisation, individual, upgrade, forecast
        assertEquals(List.of("李四", 2, 0, 0, 1, 0, 1, 1, 1, 0, 1, 5_000.0, 0.0), rows.get(0), "李 (li) before 张 (zhang)");
        assertEquals(List.of("张三", 2, 1, 1, 0, 0, 0, 1, 1, 1, 1, 10_000.0, 55_000.0), rows.get(1));
        assertEquals(List.of(1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1_000.0, 0.0), rows.get(2).subList(1, 13), "no salesperson");
        assertEquals(List.of(5, 1, 1, 1, 1, 1, 2, 2, 2, 2, 16_000.0, 55_000.0), rows.get(3).subList(1, 13), "total");
        assertEquals(4, rows.size());
        assertEquals(List.of(1.0, 1.0, 1.0, 1.0), result.series("classes").orElseThrow().values());
        assertEquals(13, result.table("rollup").orElseThrow().columns().size());
        assertTrue(result.conclusion().orElseThrow().diagnosis().contains("1"), result.conclusion().orElseThrow().diagnosis());
    }

    @Test
    void theThreeDerivedSheetsFilterTheCustomers() {
        AnalysisResult result = rollup();
        assertEquals(List.of("rollup", "organisationPurchases", "individualPurchases", "upgrades", "classTotals"), result.tables().stream().map(t -> t.id()).toList(),
                "the month's four sheets, in the sheet's order, then the class totals the chart shows");
        List<List<Object>> classTotals = result.table("classTotals").orElseThrow().rows();
        assertEquals(List.of("A", "B", "C", "D"), classTotals.stream().map(r -> r.get(0)).toList());
        assertEquals(result.series("classes").orElseThrow().values(), classTotals.stream().map(r -> ((Number) r.get(1)).doubleValue()).toList());
        String noOwner = result.table("rollup").orElseThrow().rows().get(2).get(0).toString(), total = result.table("rollup").orElseThrow().rows().get(3).get(0).toString();
        List<List<Object>> organisation = result.table("organisationPurchases").orElseThrow().rows();
        assertEquals(List.of(List.of("张三", "客户2", "B", LocalDate.of(2026, 12, 1), "计价", 20_000.0, 25.0, 5_000.0),
                List.of("张三", "客户1", "A", LocalDate.of(2026, 12, 10), "算量", 100_000.0, 50.0, 50_000.0),
                List.of(noOwner, "客户5", "D", LocalDate.of(2026, 11, 30), "", 10_000.0, "", 0.0),
                List.of(total, 3, "", "", "", 130_000.0, "", 55_000.0)), organisation);
        List<List<Object>> individual = result.table("individualPurchases").orElseThrow().rows();
        assertEquals(List.of(List.of("李四", "客户3", "C", "", "", "", "", 0.0), List.of("张三", "客户2", "B", LocalDate.of(2026, 12, 1), "计价", 20_000.0, 25.0, 5_000.0),
                List.of(total, 2, "", "", "", 20_000.0, "", 5_000.0)), individual);
        List<List<Object>> upgrades = result.table("upgrades").orElseThrow().rows();
        assertEquals(List.of("李四", "客户3", "C"), upgrades.get(0).subList(0, 3));
        assertEquals(List.of(5_000.0, 1), upgrades.get(0).subList(4, 6), "one upgrade deal in the period");
        assertEquals(List.of("张三", "客户1", "A"), upgrades.get(1).subList(0, 3));
        assertEquals(List.of(10_000.0, 0), upgrades.get(1).subList(4, 6));
        assertEquals(List.of(noOwner, "客户5"), upgrades.get(2).subList(0, 2));
        assertEquals(List.of(total, 3, "", "", 16_000.0, 1), upgrades.get(3));
        assertTrue(!upgrades.get(0).get(3).toString().isEmpty() && !upgrades.get(0).get(3).equals("IMPORTANT"), "importance by its label");
    }

    @Test
    void thePeriodIsAParameter() {
        // 60 days: 张三's organisation purchase 40 days ago counts too
        Parameters sixtyDays = Parameters.defaults(registry.analysis(ROLLUP).orElseThrow(), AS_OF).with("periodDays", "60");
        Outcome outcome = registry.compute(ROLLUP, dataset, sixtyDays);
        assertTrue(outcome.ok(), outcome.problem());
        assertEquals(2, outcome.result().table("rollup").orElseThrow().rows().get(1).get(9));
    }

    private AnalysisResult rollup() {
        Outcome outcome = registry.compute(ROLLUP, dataset, Parameters.defaults(registry.analysis(ROLLUP).orElseThrow(), AS_OF));
        assertTrue(outcome.ok(), outcome.problem());
        return outcome.result();
    }

    private final Map<Long, Map<String, Object>> stored = new HashMap<>();

    private void customer(long id, String owner, String customerClass, String importance, Number upgrade, Number value, Double probability) {
        Map<String, Object> values = stored.computeIfAbsent(id, k -> new HashMap<>());
        values.put("fullName", "客户" + id);
        values.put("owner", owner);
        values.put("customerClass", customerClass);
        values.put("userImportance", importance);
        values.put("upgradeValue", upgrade);
        values.put("expectedDealValue", value);
        values.put("closeProbability", probability);
        dataset.upsert(Dataset.CUSTOMER, id, null, values);
    }

    private void needs(long id, boolean organisation, boolean individual, String expected, String product) {
        Map<String, Object> values = stored.get(id);
        values.put("orgPurchaseNeedIn3Months", organisation);
        values.put("personalPurchaseNeedIn3Months", individual);
        values.put("expectedPurchaseDate", expected == null ? null : LocalDate.parse(expected));
        values.put("expectedProduct", product);
        dataset.upsert(Dataset.CUSTOMER, id, null, values);
    }

    private void deal(long customer, int daysAgo, String kind) {
        Map<String, Object> values = new HashMap<>();
        values.put("date", AS_OF.minusDays(daysAgo));
        values.put("kind", kind);
        dataset.upsert("Deal", dealId++, customer, values);
    }
}
