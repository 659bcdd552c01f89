package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.AnalysisRegistry.Outcome;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.AnalysisResult.Score;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.Dataset;

/**
 * RFM grading through the registry, as a view runs it, on nine hand-made customers whose grades were worked out by
 * hand (analysis date 2026-11-23, window 365 days, the sheets' default thresholds):
 *
 * <pre>
 * industry E, active C1–C4: average F = (10+5+4+1)/4 = 5, average M = (300k+100k+80k+20k)/4 = 125k
 *   S needs M > 187.5k, F > 6.5, R ≤ 30; A needs M ≥ 100k, F ≥ 4, R ≤ 60
 *   C1 R 5,  F 10, M 300k → S (VIP)            C2 R 20, F 5, M 100k → A, on the threshold (VIP, on its thresholds)
 *   C3 R 45, F 4,  M 80k  → B (普通)            C4 R 80, F 1, M 20k  → B (普通)
 *   C5 one deal 730 days ago → C (流失预警)      C9 no deals → C-none (普通, no deals)
 * industry F, active C6–C7: average F = 2, M = 17.5k; S needs M > 26.25k, F > 2.6
 *   C6 R 10, F 3, M 30k → S (潜力)              C7 R 100, F 1, M 5k → C (普通)
 * no industry, C8 alone: R 29, F 2, M 60k (a later deal of 1M after the analysis date is ignored) → A (普通)
 * </pre>
 */
class RfmAnalysisTest {

    private static final String RFM = "io.clientbench.analysis.rfm";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private AnalysisRegistry registry;
    private Dataset dataset;
    private long dealId = 1000;

    @BeforeEach
    void setUp() throws Exception {
        registry = Services.get(AnalysisRegistry.class);
        dataset = Services.emptyDataset();
        for (long c = 1; c <= 5; c++) {
            Services.customer(dataset, c, "E");
        }
        Services.customer(dataset, 6, "F");
        Services.customer(dataset, 7, "F");
        Services.customer(dataset, 8, null);
        Services.customer(dataset, 9, "E");
        for (int i = 0; i < 10; i++) {
            deal(1, 5 + 30 * i, 30_000);
        }
        for (int i = 0; i < 5; i++) {
            deal(2, 20 + 10 * i, 20_000);
        }
        for (int i = 0; i < 4; i++) {
            deal(3, 45 + 20 * i, 20_000);
        }
        deal(4, 80, 20_000);
        deal(5, 730, 80_000);
        deal(6, 25, 10_000);
        deal(6, 15, 10_000);
        deal(6, 10, 10_000);
        deal(7, 100, 5_000);
        deal(8, 29, 50_000);
        deal(8, 200, 10_000);
        deal(8, -8, 1_000_000);
    }

    @Test
    void gradesAndTagsEachCustomerWithTheRuleThatFired() {
        AnalysisResult result = rfm(parameters());
        assertEquals(9, result.scores().size());
        expect(result, 1, "S", "S", "vip");
        expect(result, 2, "A", "A", "vip");
        expect(result, 3, "B", "B", "regular");
        expect(result, 4, "B", "B", "regular");
        expect(result, 5, "C", "C", "churn");
        expect(result, 6, "S", "S", "potential");
        expect(result, 7, "C", "C", "regular");
        expect(result, 8, "A", "A", "regular");
        expect(result, 9, "C", "C-none", "regular-none");

        Score c1 = result.score(1).orElseThrow();
        assertTrue(List.of("VIP").contains(c1.tag()));
        // the explanation names the industry's S thresholds and the customer's R/F/M
        assertTrue(c1.explanation().contains("187,500") || c1.explanation().contains("18.8万"), c1.explanation());
        assertTrue(c1.explanation().contains("6.5"), c1.explanation());
        assertTrue(c1.explanation().contains("5 days / 10 deals / 300,000") || c1.explanation().contains("5天/10次/30万"), c1.explanation());
        assertTrue(List.of("Churn warning", "流失预警").contains(result.score(5).orElseThrow().tag()));
        assertTrue(List.of("Potential", "潜力").contains(result.score(6).orElseThrow().tag()));
    }

    @Test
    void explanationsAreInTheWorkbenchLanguage() {
        AnalysisResult result = rfm(parameters());
        // the suite runs twice: -nl en and -nl zh (pom.xml); amounts in Chinese count in 万
        boolean chinese = "zh".equals(System.getProperty("clientbench.expectedLanguage", "en"));
        assertEquals(chinese
                ? "S 级：30 天内有成交，金额高于 18.8万 且成交超过 6.5 次（行业平均 +50% / +30%）；VIP：90 天内有成交，统计期内成交至少 5 次且金额至少 10万（RFM 指标 5天/10次/30万）"
                : "S: last deal within 30 days, amount above 187,500 and more than 6.5 deals (industry average +50% / +30%); "
                        + "VIP: last deal within 90 days, at least 5 deals and an amount of at least 100,000 in the window (R/F/M 5 days / 10 deals / 300,000)",
                result.score(1).orElseThrow().explanation());
        assertEquals(chinese ? "C 级：尚无成交；普通：尚无成交" : "C: no deals yet; Regular: no deals yet", result.score(9).orElseThrow().explanation());
        assertEquals(chinese ? "流失预警" : "Churn warning", result.score(5).orElseThrow().tag());
        assertEquals(chinese ? "客户等级" : "Grade", result.table("grades").orElseThrow().columns().get(0));
        assertEquals(chinese ? "RFM 客户分级" : "RFM grading", registry.analysis(RFM).orElseThrow().label());
    }

    @Test
    void countsSharesAndTheConclusion() {
        AnalysisResult result = rfm(parameters());
        // grade, customers, share %, amount in the window
        assertEquals(List.of(List.of("S", 2, 22.2, 330_000.0), List.of("A", 2, 22.2, 160_000.0), List.of("B", 2, 22.2, 100_000.0),
                List.of("C", 3, 33.3, 5_000.0)), result.table("grades").orElseThrow().rows());
        assertEquals(List.of(2.0, 2.0, 2.0, 3.0), result.series("grades").orElseThrow().values());
        assertEquals(List.of(2.0, 1.0, 1.0, 5.0), result.series("tags").orElseThrow().values(), "VIP, potential, churn, regular");
        // industry, customers with deals, average deals, average amount
        List<List<Object>> industries = result.table("industries").orElseThrow().rows();
        assertEquals(List.of("E", 4, 5.0, 125_000.0), industries.get(0));
        assertEquals(List.of("F", 2, 2.0, 17_500.0), industries.get(1));
        assertEquals(List.of(1, 2.0, 60_000.0), industries.get(2).subList(1, 4));
        // S and A bought 490k of 595k = 82.4 %; 1 of 9 customers has a churn warning = 11.1 %
        String diagnosis = result.conclusion().orElseThrow().diagnosis();
        assertTrue(diagnosis.contains("82.4") && diagnosis.contains("11.1"), diagnosis);
    }

    @Test
    void thresholdsAreParameters() {
        // a VIP needs 300k now: only C1 stays VIP; C2 (R 20 < 30, F 5 ≥ 3) falls through to the next rule, 潜力
        AnalysisResult result = rfm(parameters().with("vipMonetary", "300000"));
        assertEquals("potential", result.score(2).orElseThrow().tagRule());
        assertEquals("vip", result.score(1).orElseThrow().tagRule());
        // with A's band at 0 %, C2 (M 100k < average 125k) falls to B
        assertEquals("B", rfm(parameters().with("aBandPercent", "0")).score(2).orElseThrow().gradeRule());
        // an earlier analysis date: C6's three deals (2026-10-29 to 11-13) lie after 2026-10-01, so C6 has not bought yet
        AnalysisResult earlier = rfm(parameters().with("analysisDate", "2026-10-01"));
        assertEquals("C-none", earlier.score(6).orElseThrow().gradeRule());
    }

    @Test
    void anIncrementalUpdateChangesTheNextGrading() {
        assertEquals("C", rfm(parameters()).score(7).orElseThrow().grade());
        // C7 buys 200k today: R 0, F 2, M 205k; industry F's averages become F 2.5, M 117.5k: not S (F 2 ≤ 3.25), A (M ≥ 94k, F ≥ 2)
        deal(7, 0, 200_000);
        Score c7 = rfm(parameters()).score(7).orElseThrow();
        assertEquals("A", c7.gradeRule(), c7.explanation());
    }

    private Parameters parameters() {
        return Parameters.defaults(registry.analysis(RFM).orElseThrow(), AS_OF).with("analysisDate", AS_OF.toString());
    }

    private AnalysisResult rfm(Parameters parameters) {
        Outcome outcome = registry.compute(RFM, dataset, parameters);
        assertTrue(outcome.ok(), outcome.problem());
        return outcome.result();
    }

    private void deal(long customer, int daysAgo, double amount) {
        Services.deal(dataset, dealId++, customer, AS_OF.minusDays(daysAgo), amount);
    }

    private static void expect(AnalysisResult result, long customer, String grade, String gradeRule, String tagRule) {
        Score score = result.score(customer).orElseThrow();
        assertEquals(grade, score.grade(), "grade of C" + customer + ": " + score.explanation());
        assertEquals(gradeRule, score.gradeRule(), "grade rule of C" + customer);
        assertEquals(tagRule, score.tagRule(), "tag rule of C" + customer + ": " + score.explanation());
    }
}
