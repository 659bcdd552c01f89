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
 * </pre>
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
        for (String field : List.of("owner", "customerClass", "userImportance")) {
            spec.add(Dataset.CUSTOMER, field, ColumnKind.TEXT);
        }
        for (String field : List.of("upgradeValue", "expectedDealValue", "closeProbability")) {
            spec.add(Dataset.CUSTOMER, field, ColumnKind.NUMBER);
        }
        dataset = new Dataset(spec.add("Deal", "date", ColumnKind.DATE).add("Deal", "kind", ColumnKind.TEXT));
        customer(1, "张三", "A", "IMPORTANT", 10_000, 100_000, 0.5);
        customer(2, "张三", "B", "ORDINARY", null, 20_000, 0.25);
        customer(3, "李四", "C", "IMPORTANT", 5_000, null, null);
        customer(4, "李四", null, "ORDINARY", null, null, null);
        customer(5, null, "D", null, 1_000, 10_000, 2.0);
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

    private void customer(long id, String owner, String customerClass, String importance, Number upgrade, Number value, Double probability) {
        Map<String, Object> values = new HashMap<>();
        values.put("owner", owner);
        values.put("customerClass", customerClass);
        values.put("userImportance", importance);
        values.put("upgradeValue", upgrade);
        values.put("expectedDealValue", value);
        values.put("closeProbability", probability);
        dataset.upsert(Dataset.CUSTOMER, id, null, values);
    }

    private void deal(long customer, int daysAgo, String kind) {
        Map<String, Object> values = new HashMap<>();
        values.put("date", AS_OF.minusDays(daysAgo));
        values.put("kind", kind);
        dataset.upsert("Deal", dealId++, customer, values);
    }
}
