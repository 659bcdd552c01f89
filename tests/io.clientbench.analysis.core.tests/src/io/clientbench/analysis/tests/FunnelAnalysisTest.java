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
 * Sheet 4's sales-stage funnel on 14 hand-made customers:
 *
 * <pre>
 * stage               in  reached  deals  value    weighted          conversion to next
 * need collection      4   12       2     150,000   10,000 (c3 has no probability)  8/12 = 66.7
 * product demo         3    8       2     280,000  100,000 (c6's 1.5 is no probability) 5/8 = 62.5
 * objection handling   2    5       1     300,000  180,000                      3/5 = 60.0
 * negotiation          0    3       0           0        0                      3/3 = 100.0
 * closing              2    3       2     500,000  440,000                      1/3 = 33.3 (weakest, below 50)
 * after-sales          1    1       1      50,000   50,000
 * no stage             2 (one with a value, not counted; in the conclusion)
 * </pre>
 */
class FunnelAnalysisTest {

    private static final String FUNNEL = "io.clientbench.analysis.funnel";
    private static final boolean CHINESE = "zh".equals(System.getProperty("clientbench.expectedLanguage", "en"));
    private AnalysisRegistry registry;
    private Dataset dataset;

    @BeforeEach
    void setUp() throws Exception {
        registry = Services.get(AnalysisRegistry.class);
        dataset = new Dataset(new DatasetSpec().add(Dataset.CUSTOMER, "salesStage", ColumnKind.TEXT)
                .add(Dataset.CUSTOMER, "expectedDealValue", ColumnKind.NUMBER).add(Dataset.CUSTOMER, "closeProbability", ColumnKind.NUMBER));
        customer(1, "NEED_COLLECTION", 100_000.0, 0.1);
        customer(2, "NEED_COLLECTION", null, null);
        customer(3, "NEED_COLLECTION", 50_000.0, null);
        customer(4, "NEED_COLLECTION", 0.0, 0.5);
        customer(5, "PRODUCT_DEMO", 200_000.0, 0.5);
        customer(6, "PRODUCT_DEMO", 80_000.0, 1.5);
        customer(7, "PRODUCT_DEMO", null, null);
        customer(8, "OBJECTION_HANDLING", 300_000.0, 0.6);
        customer(9, "OBJECTION_HANDLING", null, 0.9);
        customer(10, "CLOSING", 400_000.0, 0.9);
        customer(11, "CLOSING", 100_000.0, 0.8);
        customer(12, "AFTER_SALES", 50_000.0, 1.0);
        customer(13, null, 999_999.0, 0.5);
        customer(14, null, null, null);
    }

    @Test
    void countsConversionsAndValuesPerStage() {
        AnalysisResult result = funnel(parameters());
        assertEquals(List.of(12.0, 8.0, 5.0, 3.0, 3.0, 1.0), result.series("reached").orElseThrow().values());
        assertEquals(List.of(4.0, 3.0, 2.0, 0.0, 2.0, 1.0), result.series("current").orElseThrow().values());
        assertEquals(List.of(66.7, 62.5, 60.0, 100.0, 33.3), result.series("conversion").orElseThrow().values());
        assertEquals(CHINESE ? "需求收集" : "Needs", result.series("reached").orElseThrow().labels().get(0));
        assertEquals(CHINESE ? "促单成交 → 售后服务" : "Closing → After-sales", result.series("conversion").orElseThrow().labels().get(4));

        List<List<Object>> rows = result.table("stages").orElseThrow().rows();
        assertEquals(List.of(CHINESE ? "需求收集" : "Needs", 4, 12, 2, 66.7, 150_000.0, 10_000.0), rows.get(0));
        assertEquals(List.of(CHINESE ? "产品展示" : "Demo", 3, 8, 2, 62.5, 280_000.0, 100_000.0), rows.get(1));
        assertEquals(List.of(CHINESE ? "商务谈判" : "Negotiation", 0, 3, 0, 100.0, 0.0, 0.0), rows.get(3));
        assertEquals(List.of(CHINESE ? "促单成交" : "Closing", 2, 3, 2, 33.3, 500_000.0, 440_000.0), rows.get(4));
        assertEquals(List.of(CHINESE ? "售后服务" : "After-sales", 1, 1, 1, "", 50_000.0, 50_000.0), rows.get(5));
        assertEquals(6, rows.size(), "a row per stage: customers without one are in the conclusion");

        var conclusion = result.conclusion().orElseThrow();
        assertEquals(CHINESE ? "14 个客户中 12 个填有销售阶段；3 个已到促单成交阶段，1 个处于售后服务；在谈项目预计成交产值 128万，按成交概率加权为 78万。"
                : "12 of 14 customers have a sales stage; 3 reached the closing stage and 1 are in after-sales; the pipeline holds 1,280,000 of expected value, 780,000 weighted by the close probability.",
                conclusion.conclusion());
        assertEquals(CHINESE ? "转化最弱的一步是促单成交 → 售后服务，转化率 33.3%；低于 50% 的步骤：促单成交 → 售后服务 33.3%。"
                : "The weakest step is Closing → After-sales with 33.3% conversion; steps below 50%: Closing → After-sales 33.3%.", conclusion.diagnosis());
        assertTrue(conclusion.action().contains("2") && conclusion.action().contains(CHINESE ? "促单成交" : "Closing"), conclusion.action());
    }

    @Test
    void theBottleneckThresholdIsAParameter() {
        AnalysisResult result = funnel(parameters().with("weakConversionPercent", "65"));
        assertTrue(result.conclusion().orElseThrow().diagnosis().contains(CHINESE ? "异议处理 → 商务谈判 60%" : "Objections → Negotiation 60%"),
                result.conclusion().orElseThrow().diagnosis());
        assertTrue(!result.conclusion().orElseThrow().diagnosis().contains(CHINESE ? "需求收集 → 产品展示" : "Needs → Demo"),
                "66.7 % is not below 65 %");
    }

    private Parameters parameters() {
        return Parameters.defaults(registry.analysis(FUNNEL).orElseThrow(), LocalDate.of(2026, 11, 23));
    }

    private AnalysisResult funnel(Parameters parameters) {
        Outcome outcome = registry.compute(FUNNEL, dataset, parameters);
        assertTrue(outcome.ok(), outcome.problem());
        return outcome.result();
    }

    private void customer(long id, String stage, Double value, Double probability) {
        Map<String, Object> values = new HashMap<>();
        values.put("salesStage", stage);
        values.put("expectedDealValue", value);
        values.put("closeProbability", probability);
        dataset.upsert(Dataset.CUSTOMER, id, null, values);
    }
}
