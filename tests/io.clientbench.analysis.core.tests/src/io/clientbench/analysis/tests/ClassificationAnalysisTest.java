package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.AnalysisRegistry.Outcome;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.AnalysisResult.Score;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.ColumnKind;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.DatasetSpec;

/**
 * Sheet 4's A/B/C/D classification on hand-made customers, analysis date 2026-11-23, the sheet's defaults (A: closing,
 * &gt;75 %, within 30 days; B: demo or later, &gt;50 %, within 90 days; C: gathering information or later than 180 days):
 *
 * <pre>
 *  1 张三 closing      0.80 in 20 days  → A
 * 10 —    closing      0.76 in 30 days  → A (the last day of the month)
 *  2 张三 closing      0.80 in 45 days  → B (not within a month)
 *  3 李四 demo         0.60 in 60 days  → B
 *  4 李四 need coll.   0.90 in 10 days  → C-stage (likely, but still gathering information)
 *  5 王五 negotiation  0.30 in 200 days → C-late
 *  6 王五 negotiation  0.70 5 days ago  → D (overdue: not "within" anything)
 *  7 —    closing      —    in 10 days  → D (no probability)
 *  9 李四 after-sales  —    —           → D
 * 11 王五 closing      0.75 in 10 days  → B (75 % is not above 75 %)
 *  8 张三 nothing                       → no sales data, no score
 * A 2, B 3, C 2, D 3 of 10 classified (A 20 %, A or B 50 %); 1 without data; 1 overdue
 * </pre>
 */
class ClassificationAnalysisTest {

    private static final String CLASSIFICATION = "io.clientbench.analysis.classification";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final boolean CHINESE = "zh".equals(System.getProperty("clientbench.expectedLanguage", "en"));
    private AnalysisRegistry registry;
    private Dataset dataset;

    @BeforeEach
    void setUp() throws Exception {
        registry = Services.get(AnalysisRegistry.class);
        dataset = new Dataset(new DatasetSpec().add(Dataset.CUSTOMER, "salesStage", ColumnKind.TEXT)
                .add(Dataset.CUSTOMER, "closeProbability", ColumnKind.NUMBER).add(Dataset.CUSTOMER, "expectedPurchaseDate", ColumnKind.DATE)
                .add(Dataset.CUSTOMER, "owner", ColumnKind.TEXT));
        customer(1, "张三", "CLOSING", 0.8, 20);
        customer(2, "张三", "CLOSING", 0.8, 45);
        customer(3, "李四", "PRODUCT_DEMO", 0.6, 60);
        customer(4, "李四", "NEED_COLLECTION", 0.9, 10);
        customer(5, "王五", "NEGOTIATION", 0.3, 200);
        customer(6, "王五", "NEGOTIATION", 0.7, -5);
        customer(7, null, "CLOSING", null, 10);
        customer(8, "张三", null, null, null);
        customer(9, "李四", "AFTER_SALES", null, null);
        customer(10, null, "CLOSING", 0.76, 30);
        customer(11, "王五", "CLOSING", 0.75, 10);
    }

    @Test
    void eachCustomerGetsTheClassOfTheFirstRuleThatHolds() {
        AnalysisResult result = classify(parameters());
        Map<Long, String> rules = new LinkedHashMap<>();
        for (Score score : result.scores()) {
            rules.put(score.customerId(), score.grade() + " " + score.gradeRule());
        }
        assertEquals(Map.of(1L, "A A", 10L, "A A", 2L, "B B", 3L, "B B", 11L, "B B", 4L, "C C-stage", 5L, "C C-late", 6L, "D D", 7L, "D D", 9L, "D D"),
                rules);
        assertTrue(result.score(8).isEmpty(), "no sales data: no score, nothing written back");
        assertEquals(List.of(2.0, 3.0, 2.0, 3.0), result.series("classes").orElseThrow().values());
        assertEquals(List.of("A", "B", "C", "D"), result.series("classes").orElseThrow().labels());
        assertEquals("customerClass", result.gradeField().orElseThrow());

        List<List<Object>> classes = result.table("classes").orElseThrow().rows();
        assertEquals(List.of("A", 2, 20.0), classes.get(0));
        assertEquals(List.of("D", 3, 30.0), classes.get(3));
        assertEquals(1, classes.get(4).get(1), "customers without data counted separately");

        Map<Object, List<Object>> owners = new HashMap<>();
        result.table("owners").orElseThrow().rows().forEach(row -> owners.put(row.get(0), row.subList(1, row.size())));
        assertEquals(List.of(1, 1, 0, 0, 1, 3), owners.get("张三"));
        assertEquals(List.of(0, 1, 1, 1, 0, 3), owners.get("李四"));
        assertEquals(List.of(0, 1, 1, 1, 0, 3), owners.get("王五"));
        assertEquals(List.of(1, 0, 0, 1, 0, 2), owners.get(CHINESE ? "（未填销售员）" : "(no salesperson)"));
        assertEquals(4, owners.size());

        var conclusion = result.conclusion().orElseThrow();
        assertEquals(CHINESE ? "10 个有销售数据的客户中，A 类 2 个，B 类 3 个，C 类 2 个，D 类 3 个；1 个客户无销售数据。"
                : "Of 10 customers with sales data, 2 are A, 3 B, 2 C and 3 D; customers without sales data: 1.", conclusion.conclusion());
        assertEquals(CHINESE ? "已分类客户中 A 类占 20%，A、B 类合计占 50%；1 个客户的预计购买时间已过。"
                : "20% of the classified customers are A and 50% A or B; customers whose expected purchase date has passed: 1.", conclusion.diagnosis());
        assertTrue(conclusion.action().contains("2"), conclusion.action());
    }

    @Test
    void theExplanationNamesTheRuleAndTheFigures() {
        AnalysisResult result = classify(parameters());
        assertEquals(CHINESE ? "A 类：促单成交阶段，成交概率高于 75%，预计 30 天内购买（销售阶段 促单成交，成交概率 80%，预计购买时间 2026-12-13（20 天后））"
                : "A: closing stage, close probability above 75% and expected purchase within 30 days (stage Closing, probability 80%, expected purchase 2026-12-13 (in 20 days))",
                result.score(1).orElseThrow().explanation());
        assertEquals(CHINESE ? "D 类：不符合 A、B、C 类规则（销售阶段 售后服务，成交概率 未填，预计购买时间 未填）"
                : "D: none of the A, B or C rules holds (stage After-sales, probability not recorded, expected purchase not recorded)",
                result.score(9).orElseThrow().explanation());
        assertTrue(result.score(5).orElseThrow().explanation().contains("180"));
        assertTrue(result.score(6).orElseThrow().explanation().contains(CHINESE ? "2026-11-18（5 天前）" : "2026-11-18 (5 days ago)"),
                result.score(6).orElseThrow().explanation());
    }

    @Test
    void theThresholdsAndTheAnalysisDateAreParameters() {
        // a two-month A window takes customer 2 (45 days) into A
        assertEquals("A", classify(parameters().with("aWithinDays", "60")).score(2).orElseThrow().grade());
        // B above 65 %: customer 3 (60 %) falls to D
        assertEquals("D D", rule(classify(parameters().with("bProbabilityPercent", "65")).score(3).orElseThrow()));
        // C beyond a year: customer 5 (200 days) is D
        assertEquals("D D", rule(classify(parameters().with("cBeyondDays", "365")).score(5).orElseThrow()));
        // ten days later customer 1 closes in 10 days (still A) and customer 2 in 35 (B); customer 7 in 0 days (D, no probability)
        AnalysisResult later = classify(parameters().with("analysisDate", AS_OF.plusDays(10).toString()));
        assertEquals("A", later.score(1).orElseThrow().grade());
        assertEquals("B", later.score(2).orElseThrow().grade());
        // 25 days later customer 2 closes in 20 days: A
        assertEquals("A", classify(parameters().with("analysisDate", AS_OF.plusDays(25).toString())).score(2).orElseThrow().grade());
    }

    private static String rule(Score score) {
        return score.grade() + " " + score.gradeRule();
    }

    private Parameters parameters() {
        return Parameters.defaults(registry.analysis(CLASSIFICATION).orElseThrow(), AS_OF);
    }

    private AnalysisResult classify(Parameters parameters) {
        Outcome outcome = registry.compute(CLASSIFICATION, dataset, parameters);
        assertTrue(outcome.ok(), outcome.problem());
        return outcome.result();
    }

    private void customer(long id, String owner, String stage, Double probability, Integer inDays) {
        Map<String, Object> values = new HashMap<>();
        values.put("owner", owner);
        values.put("salesStage", stage);
        values.put("closeProbability", probability);
        values.put("expectedPurchaseDate", inDays == null ? null : AS_OF.plusDays(inDays));
        dataset.upsert(Dataset.CUSTOMER, id, null, values);
    }
}
