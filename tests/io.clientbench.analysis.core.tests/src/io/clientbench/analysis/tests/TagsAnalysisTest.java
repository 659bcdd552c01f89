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
import io.clientbench.analysis.AnalysisResult.Tagged;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.ColumnKind;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.DatasetSpec;

/**
 * Sheet 0's value, status and need tags on hand-made customers, analysis date 2026-11-23 (12 months back: deals after
 * 2025-11-23), the sheet's defaults (high ≥ 10万, medium ≥ 5万, churned after 90 days without business, intent when a
 * purchase is expected within 90 days):
 *
 * <pre>
 * 1 deals 10-01 80,000 + 03-01 30,000 = 110,000  high  active (53 days)        need PRICE|SERVICE → price
 * 2 deals 2025-06-01 200,000 (too old) + 07-01 60,000 = 60,000  mid  churned (145 days)  needs TECHNOLOGY, SERVICE
 * 3 no deal, purchase expected 12-20 (27 days)   low   intent-date               need BRAND → none
 * 4 no deal                                       low   potential
 * 5 deal 08-25 100,000                            high  active (90 days: not more than 90)
 * 6 deal 11-30 500,000 (after the date: left out) low   intent-need (personal need in 3 months)
 * 7 deal 11-01 50,000, purchase expected in 98 days  mid  active (22 days)      need PRICE → price
 * 8 deal 2025-01-10 20,000, expected 11-20 (past) low   churned
 * 9 deal 01-15 150,000                            high  churned (312 days)
 * value 3/2/4; status intent 2, potential 1, churned 3, active 3; need price 2, function 1, service 1; 3 customers tagged
 * </pre>
 */
class TagsAnalysisTest {

    private static final String TAGS = "io.clientbench.analysis.tags";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final boolean CHINESE = "zh".equals(System.getProperty("clientbench.expectedLanguage", "en"));
    private AnalysisRegistry registry;
    private Dataset dataset;
    private long nextId = 1000;

    @BeforeEach
    void setUp() throws Exception {
        registry = Services.get(AnalysisRegistry.class);
        dataset = new Dataset(new DatasetSpec().add(Dataset.CUSTOMER, "expectedPurchaseDate", ColumnKind.DATE)
                .add(Dataset.CUSTOMER, "orgPurchaseNeedIn3Months", ColumnKind.NUMBER).add(Dataset.CUSTOMER, "personalPurchaseNeedIn3Months", ColumnKind.NUMBER)
                .add("Deal", "date", ColumnKind.DATE).add("Deal", "amount", ColumnKind.NUMBER).add("Need", "decisionFactors", ColumnKind.TEXT));
        customer(1, null, false);
        deal(1, "2026-10-01", 80_000);
        deal(1, "2026-03-01", 30_000);
        need(1, List.of("PRICE", "SERVICE"));
        customer(2, null, false);
        deal(2, "2025-06-01", 200_000);
        deal(2, "2026-07-01", 60_000);
        need(2, List.of("TECHNOLOGY"));
        need(2, List.of("SERVICE"));
        customer(3, "2026-12-20", false);
        need(3, List.of("BRAND", "PRICE"));
        customer(4, null, false);
        customer(5, null, false);
        deal(5, "2026-08-25", 100_000);
        customer(6, null, true);
        deal(6, "2026-11-30", 500_000);
        customer(7, "2027-03-01", false);
        deal(7, "2026-11-01", 50_000);
        need(7, List.of("PRICE"));
        customer(8, "2026-11-20", false);
        deal(8, "2025-01-10", 20_000);
        customer(9, null, false);
        deal(9, "2026-01-15", 150_000);
    }

    @Test
    void eachCustomerGetsItsTagsAndTheRulesThatFired() {
        AnalysisResult result = tag(parameters());
        Map<Long, String> rules = new LinkedHashMap<>();
        for (Score score : result.scores()) {
            StringBuilder text = new StringBuilder(score.gradeRule()).append(' ').append(score.tagRule());
            score.moreTags().forEach(t -> text.append(' ').append(t.rule()));
            rules.put(score.customerId(), text.toString());
        }
        assertEquals(Map.of(1L, "value-high active need-price", 2L, "value-mid churned need-function need-service", 3L, "value-low intent-date",
                4L, "value-low potential", 5L, "value-high active", 6L, "value-low intent-need", 7L, "value-mid active need-price",
                8L, "value-low churned", 9L, "value-high churned"), rules);
        Score first = result.score(1).orElseThrow();
        assertEquals(CHINESE ? "高" : "High", first.grade());
        assertEquals(CHINESE ? "活跃" : "Active", first.tag());
        assertEquals(List.of(new Tagged(CHINESE ? "活跃" : "Active", "active"), new Tagged(CHINESE ? "价格敏感型" : "Price-sensitive", "need-price")),
                first.tags());
        assertEquals("valueLevel", result.gradeField().orElseThrow());

        assertEquals(List.of(3.0, 2.0, 4.0), result.series("value").orElseThrow().values());
        assertEquals(List.of(2.0, 1.0, 3.0, 3.0), result.series("status").orElseThrow().values());
        assertEquals(List.of(2, 1, 1), result.table("need").orElseThrow().rows().stream().map(r -> r.get(2)).toList());
        assertEquals(List.of(CHINESE ? "高" : "High", 0, 0, 1, 2), result.table("cross").orElseThrow().rows().get(0));
        assertEquals(List.of(CHINESE ? "低" : "Low", 2, 1, 1, 0), result.table("cross").orElseThrow().rows().get(2));
        assertEquals(44.4, result.table("value").orElseThrow().rows().get(2).get(3), "4 of 9 low");

        var conclusion = result.conclusion().orElseThrow();
        assertEquals(CHINESE ? "9 个客户中，高价值 3 个、中价值 2 个、低价值 4 个；活跃 3 个、意向 2 个、潜在 1 个、流失 3 个；3 个客户有需求标签。"
                : "Of 9 customers, 3 are high, 2 medium and 4 low value; 3 active, 2 intent, 1 potential and 3 churned; 3 carry a need tag.",
                conclusion.conclusion());
        assertEquals(CHINESE ? "超过 90 天无业务的高价值客户 1 个，计划采购的高价值客户 0 个；最常见的需求标签是价格敏感型（2 个客户）。"
                : "High-value customers without business for more than 90 days: 1; high-value customers planning a purchase: 0; the most frequent need tag: Price-sensitive (2 customers).",
                conclusion.diagnosis());
        assertTrue(conclusion.action().contains("1") && conclusion.action().contains("2"), conclusion.action());
    }

    @Test
    void theExplanationNamesTheRulesWithTheFigures() {
        AnalysisResult result = tag(parameters());
        assertEquals(CHINESE ? "高价值：近12个月业务额 11万 ≥ 10万; 活跃：最近业务在 2026-10-01，53 天前; 价格敏感型：需求的首要决策因素是价格"
                : "High value: business in the last 12 months 110,000 ≥ 100,000; Active: last business on 2026-10-01, 53 days ago; Price-sensitive: a need puts price first",
                result.score(1).orElseThrow().explanation());
        assertTrue(result.score(2).orElseThrow().explanation().contains(CHINESE ? "已 145 天（超过 90 天）" : "145 days ago (more than 90)"),
                result.score(2).orElseThrow().explanation());
        assertTrue(result.score(3).orElseThrow().explanation().contains(CHINESE ? "预计 2026-12-20 采购，在 27 天内" : "expected on 2026-12-20, within 27 days"),
                result.score(3).orElseThrow().explanation());
    }

    @Test
    void theThresholdsAreParameters() {
        // high from 15万: customers 1 (11万) and 5 (10万) fall to medium, 9 (15万) stays high
        AnalysisResult stricter = tag(parameters().with("highFrom", "150000"));
        assertEquals("value-mid", stricter.score(1).orElseThrow().gradeRule());
        assertEquals("value-mid", stricter.score(5).orElseThrow().gradeRule());
        assertEquals("value-high", stricter.score(9).orElseThrow().gradeRule());
        // churned only after 180 days: customer 2 (145 days) is active again
        assertEquals("active", tag(parameters().with("churnDays", "180")).score(2).orElseThrow().tagRule());
        // intent within 120 days takes customer 7 (98 days)
        assertEquals("intent-date", tag(parameters().with("intentDays", "120")).score(7).orElseThrow().tagRule());
        // a week later customer 6's deal of 11-30 counts: 500,000, high; customer 5 is 97 days past its deal: churned
        AnalysisResult later = tag(parameters().with("analysisDate", "2026-11-30"));
        assertEquals("value-high", later.score(6).orElseThrow().gradeRule());
        assertEquals("churned", later.score(5).orElseThrow().tagRule());
    }

    private Parameters parameters() {
        return Parameters.defaults(registry.analysis(TAGS).orElseThrow(), AS_OF);
    }

    private AnalysisResult tag(Parameters parameters) {
        Outcome outcome = registry.compute(TAGS, dataset, parameters);
        assertTrue(outcome.ok(), outcome.problem());
        return outcome.result();
    }

    private void customer(long id, String expected, boolean personalNeed) {
        Map<String, Object> values = new HashMap<>();
        values.put("expectedPurchaseDate", expected == null ? null : LocalDate.parse(expected));
        values.put("personalPurchaseNeedIn3Months", personalNeed ? Boolean.TRUE : null);
        dataset.upsert(Dataset.CUSTOMER, id, null, values);
    }

    private void deal(long customer, String date, double amount) {
        dataset.upsert("Deal", nextId++, customer, Map.of("date", LocalDate.parse(date), "amount", amount));
    }

    private void need(long customer, List<String> factors) {
        dataset.upsert("Need", nextId++, customer, Map.of("decisionFactors", factors));
    }
}
