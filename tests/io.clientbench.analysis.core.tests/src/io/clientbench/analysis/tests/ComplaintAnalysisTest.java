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
 * Complaints by customer type on nine hand-made customers (type, complaints):
 *
 * <pre>
 * 1 CHURNED 5   2 NEW 0        3 NEW 2        4 EXISTING 0   5 EXISTING 0
 * 6 EXISTING 1  7 CHURNED 3    8 (no type) 1  9 EXISTING (no count: left out)
 * bands none / 1 / 2-3 / 4+ as % of the type:  NEW 50 0 50 0 · EXISTING 66.7 33.3 0 0 · CHURNED 0 0 50 50 · not set 0 100 0 0
 * rates: NEW 50, EXISTING 33.3, CHURNED 100 (8 complaints, 4 each); 5 of the 8 counted customers complained (62.5 %)
 * </pre>
 */
class ComplaintAnalysisTest {

    private static final String ANALYSIS = "io.clientbench.analysis.complaints";
    private static final boolean CHINESE = "zh".equals(System.getProperty("clientbench.expectedLanguage", "en"));
    private AnalysisRegistry registry;
    private Dataset dataset;

    @BeforeEach
    void setUp() throws Exception {
        registry = Services.get(AnalysisRegistry.class);
        dataset = new Dataset(new DatasetSpec().add(Dataset.CUSTOMER, "customerType", ColumnKind.TEXT).add(Dataset.CUSTOMER, "complaintCount", ColumnKind.NUMBER));
        customer(1, "CHURNED", 5);
        customer(2, "NEW", 0);
        customer(3, "NEW", 2);
        customer(4, "EXISTING", 0);
        customer(5, "EXISTING", 0);
        customer(6, "EXISTING", 1);
        customer(7, "CHURNED", 3);
        customer(8, null, 1);
        customer(9, "EXISTING", null);
    }

    @Test
    void heatmapRatesAndTheTypeThatComplainsMost() {
        AnalysisResult result = run(parameters());
        List<String> types = CHINESE ? List.of("新客户", "老客户", "流失客户", "（未填写）") : List.of("New", "Existing", "Churned", "(not set)");
        AnalysisResult.Heatmap map = result.heatmaps().get(0);
        assertEquals(types, map.rows(), "known types in their order, whatever order the rows came in");
        assertEquals(CHINESE ? List.of("无", "1", "2\u20133", "4 次及以上") : List.of("none", "1", "2\u20133", "4 or more"), map.columns());
        assertEquals(List.of(List.of(50.0, 0.0, 50.0, 0.0), List.of(66.7, 33.3, 0.0, 0.0), List.of(0.0, 0.0, 50.0, 50.0), List.of(0.0, 100.0, 0.0, 0.0)),
                map.values());
        assertEquals(0.0, map.min());
        assertEquals(100.0, map.max());
        assertEquals(List.of(50.0, 33.3, 100.0, 100.0), result.series("rate").orElseThrow().values());
        assertEquals(List.of(types.get(2), 2, 2, 100.0, 8.0, 4.0), result.table("types").orElseThrow().rows().get(2));
        assertEquals(List.of(types.get(1), 3, 1, 33.3, 1.0, 0.33), result.table("types").orElseThrow().rows().get(1));

        AnalysisResult.Conclusion conclusion = result.conclusion().orElseThrow();
        assertEquals(CHINESE ? "流失客户投诉最多：100%（2 个中的 2 个）有过投诉，人均 4 次；全部客户中 62.5% 有过投诉。"
                : "Churned customers complain most: 100% of them (2 of 2) complained, 4 complaints per customer; 62.5% of all customers complained.",
                conclusion.conclusion());
        assertEquals(CHINESE ? "投诉与流失相伴：未解决的投诉很可能是客户流失的原因。 1 个客户投诉 4 次及以上。 1 个客户没有投诉次数，未计入。"
                : "Complaints go with churn: unresolved complaints are a likely reason customers left. 1 customers complained 4 times or more."
                        + " 1 customers have no complaint count and are left out.", conclusion.diagnosis());
        assertTrue(conclusion.action().contains(CHINESE ? "2 个有投诉的流失客户" : "call the 2 churned customers"), conclusion.action());
    }

    @Test
    void manyComplaintsFromTwoLeavesThreeBands() {
        AnalysisResult.Heatmap map = run(parameters().with("manyComplaints", "2")).heatmaps().get(0);
        assertEquals(CHINESE ? List.of("无", "1", "2 次及以上") : List.of("none", "1", "2 or more"), map.columns());
        assertEquals(List.of(0.0, 0.0, 100.0), map.values().get(2));
    }

    @Test
    void noCountsOrNoComplaintsAreSaid() {
        Dataset empty = new Dataset(new DatasetSpec().add(Dataset.CUSTOMER, "customerType", ColumnKind.TEXT).add(Dataset.CUSTOMER, "complaintCount", ColumnKind.NUMBER));
        empty.upsert(Dataset.CUSTOMER, 1, null, Map.of("customerType", "NEW"));
        Outcome outcome = registry.compute(ANALYSIS, empty, parameters());
        assertTrue(outcome.ok() && outcome.result().heatmaps().isEmpty(), outcome.problem());
        assertEquals(CHINESE ? "没有客户记录了投诉次数。" : "No customer has a complaint count recorded.", outcome.result().conclusion().orElseThrow().conclusion());
        empty.upsert(Dataset.CUSTOMER, 1, null, Map.of("customerType", "NEW", "complaintCount", 0));
        AnalysisResult none = registry.compute(ANALYSIS, empty, parameters()).result();
        assertEquals(List.of(List.of(100.0, 0.0, 0.0, 0.0)), none.heatmaps().get(0).values());
        assertEquals(CHINESE ? "有投诉次数记录的 1 个客户都没有投诉。" : "None of the 1 customers with a complaint count complained.",
                none.conclusion().orElseThrow().conclusion());
    }

    private Parameters parameters() {
        return Parameters.defaults(registry.analysis(ANALYSIS).orElseThrow(), LocalDate.of(2026, 11, 23));
    }

    private AnalysisResult run(Parameters parameters) {
        Outcome outcome = registry.compute(ANALYSIS, dataset, parameters);
        assertTrue(outcome.ok(), outcome.problem());
        return outcome.result();
    }

    private void customer(long id, String type, Integer complaints) {
        Map<String, Object> values = new HashMap<>();
        values.put("customerType", type);
        values.put("complaintCount", complaints);
        dataset.upsert(Dataset.CUSTOMER, id, null, values);
    }
}
