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
 * NPS on eight hand-made customers' ratings (days before the analysis date), each customer's latest counting:
 *
 * <pre>
 * 1: 10 (10)            → promoter     5: 0 (1)                    → detractor
 * 2: 3 (400), 9 (5)     → promoter     6: 8 (30), 10 (no time)     → passive (the undated one only with window 0, as the oldest)
 * 3: 9 (20), 6 (2)      → detractor    7: an interaction without a rating, and 11 (not a rating)
 * 4: 9 (50)             → promoter     8: 10 (no time)             → only with window 0
 * window 365: 3 promoters, 1 passive, 2 detractors of 6: NPS = (3 - 2) / 6 = +16.7
 * window 0:   customer 8 too: 4 promoters of 7, NPS = (4 - 2) / 7 = +28.6
 * </pre>
 */
class NpsAnalysisTest {

    private static final String ANALYSIS = "io.clientbench.analysis.nps";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final boolean CHINESE = "zh".equals(System.getProperty("clientbench.expectedLanguage", "en"));
    private AnalysisRegistry registry;
    private Dataset dataset;
    private long interactionId = 1;

    @BeforeEach
    void setUp() throws Exception {
        registry = Services.get(AnalysisRegistry.class);
        dataset = new Dataset(new DatasetSpec().add(Dataset.CUSTOMER, "name", ColumnKind.TEXT).add("Interaction", "npsScore", ColumnKind.NUMBER)
                .add("Interaction", "time", ColumnKind.DATE));
        for (long c = 1; c <= 8; c++) {
            dataset.upsert(Dataset.CUSTOMER, c, null, Map.of("name", "客户" + c));
        }
        rating(1, 10, 10);
        rating(2, 3, 400);
        rating(2, 9, 5);
        rating(3, 9, 20);
        rating(3, 6, 2);
        rating(4, 9, 50);
        rating(5, 0, 1);
        rating(6, 8, 30);
        rating(6, 10, null);
        rating(7, null, 3);
        rating(7, 11, 3);
        rating(8, 10, null);
        rating(5, 10, -1); // after the analysis date
    }

    @Test
    void promotersMinusDetractorsOfTheLatestRatings() {
        AnalysisResult result = run(parameters());
        AnalysisResult.Gauge gauge = result.gauges().get(0);
        assertEquals(16.7, gauge.value());
        assertEquals("+16.7", gauge.valueText());
        assertEquals(-100.0, gauge.min());
        assertEquals(100.0, gauge.max());
        assertEquals(List.of(0.0, 30.0, 70.0), gauge.limits());
        assertEquals(List.of(3.0, 1.0, 2.0), result.series("groups").orElseThrow().values());
        List<String> groups = CHINESE ? List.of("推荐者", "被动者", "贬损者") : List.of("Promoters", "Passives", "Detractors");
        assertEquals(List.of(List.of(groups.get(0), "9\u201310", 3, 50.0), List.of(groups.get(1), "7\u20138", 1, 16.7), List.of(groups.get(2), "0\u20136", 2, 33.3)),
                result.table("groups").orElseThrow().rows());
        AnalysisResult.Conclusion conclusion = result.conclusion().orElseThrow();
        assertEquals(CHINESE ? "根据 6 个客户的最近评分，NPS 为 +16.7：推荐者 50%，被动者 16.7%，贬损者 33.3%。"
                : "NPS +16.7 from the latest ratings of 6 customers: 50% promoters, 16.7% passives, 33.3% detractors.", conclusion.conclusion());
        assertTrue(conclusion.diagnosis().startsWith(CHINESE ? "推荐者多于贬损者，但低于 30" : "More promoters than detractors, but under 30"), conclusion.diagnosis());
        assertTrue(conclusion.diagnosis().contains(CHINESE ? "只有 6 个客户评分" : "Only 6 customers rated us"), conclusion.diagnosis());
        assertTrue(conclusion.action().contains(CHINESE ? "回访 2 个贬损者" : "Call the 2 detractors"), conclusion.action());
    }

    @Test
    void allRatingsCountUndatedOnesAsTheOldest() {
        AnalysisResult result = run(parameters().with("windowDays", "0"));
        assertEquals(28.6, result.gauges().get(0).value());
        assertEquals(List.of(4.0, 1.0, 2.0), result.series("groups").orElseThrow().values(), "customer 6 stays a passive: its dated 8 is later");
    }

    @Test
    void noRatingsSaySo() {
        AnalysisResult result = run(parameters().with("analysisDate", "2020-01-01"));
        assertTrue(result.gauges().isEmpty());
        assertEquals(CHINESE ? "统计期内没有客户给出推荐评分（0–10 分）。" : "No customer gave a recommendation rating (0\u201310) in the window.",
                result.conclusion().orElseThrow().conclusion());
    }

    private Parameters parameters() {
        return Parameters.defaults(registry.analysis(ANALYSIS).orElseThrow(), AS_OF);
    }

    private AnalysisResult run(Parameters parameters) {
        Outcome outcome = registry.compute(ANALYSIS, dataset, parameters);
        assertTrue(outcome.ok(), outcome.problem());
        return outcome.result();
    }

    private void rating(long customer, Integer score, Integer daysAgo) {
        Map<String, Object> values = new HashMap<>();
        values.put("npsScore", score);
        values.put("time", daysAgo == null ? null : AS_OF.minusDays(daysAgo));
        dataset.upsert("Interaction", interactionId++, customer, values);
    }
}
