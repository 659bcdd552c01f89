package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.AnalysisRegistry.Outcome;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.Dataset;

/**
 * The spend trend on hand-made deals. On 2026-11-23 with four months the window is the complete months 2026-07 to
 * 2026-10 (November is not over):
 *
 * <pre>
 * 2026-06-30  999 (before)   2026-07-05 100   2026-08-10 150, 2026-08-31 50   September nothing
 * 2026-10-01  300, 2026-10-15 a deal without an amount   2026-11-02 5,000 (the month is not over)
 * revenue 100, 200, 0, 300; deals 1, 2, 0, 2; mean 150
 * slope: x - 1.5 = -1.5 -0.5 0.5 1.5, y - 150 = -50 50 -150 150 → Σxy 200 / Σxx 5 = +40 a month (26.7 % of 150): rising
 * </pre>
 */
class TrendAnalysisTest {

    private static final String TREND = "io.clientbench.analysis.trend";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final boolean CHINESE = "zh".equals(System.getProperty("clientbench.expectedLanguage", "en"));
    private AnalysisRegistry registry;
    private Dataset dataset;
    private long dealId = 1;

    @BeforeEach
    void setUp() throws Exception {
        registry = Services.get(AnalysisRegistry.class);
        dataset = Services.emptyDataset();
        Services.customer(dataset, 1, "E");
        Services.customer(dataset, 2, "C");
        deal(1, LocalDate.of(2026, 6, 30), 999.0);
        deal(1, LocalDate.of(2026, 7, 5), 100.0);
        deal(2, LocalDate.of(2026, 8, 10), 150.0);
        deal(1, LocalDate.of(2026, 8, 31), 50.0);
        deal(2, LocalDate.of(2026, 10, 1), 300.0);
        deal(2, LocalDate.of(2026, 10, 15), null);
        deal(1, LocalDate.of(2026, 11, 2), 5_000.0);
    }

    @Test
    void revenuePerCompleteMonthWithTheChangeAndTheDirection() {
        AnalysisResult result = trend(parameters().with("months", "4"));
        assertEquals(List.of(List.of("2026-07", 100.0, 1), List.of("2026-08", 200.0, 2), List.of("2026-09", 0.0, 0), List.of("2026-10", 300.0, 2)),
                result.table("months").orElseThrow().rows());
        AnalysisResult.Series revenue = result.series("revenue").orElseThrow();
        assertEquals(List.of("2026-07", "2026-08", "2026-09", "2026-10"), revenue.labels());
        assertEquals(List.of(100.0, 200.0, 0.0, 300.0), revenue.values());
        AnalysisResult.Conclusion conclusion = result.conclusion().orElseThrow();
        assertEquals(CHINESE ? "2026-10 收入 300，而 2026-09 没有收入；截至 2026-10 的 4 个月趋势上升（平均每月 +40）。"
                : "Revenue in 2026-10: 300, after none in 2026-09; over the 4 months to 2026-10 the trend is rising (+40 a month on average).",
                conclusion.conclusion());
        assertEquals(CHINESE ? "收入每月约增长 40（平均月收入的 26.7%）：客户购买在增加。 4 个月中有 1 个月没有成交。"
                : "Revenue grows by about 40 a month (26.7% of an average month): the customers are buying more. 1 of the 4 months had no deal.",
                conclusion.diagnosis());
    }

    @Test
    void theDefaultWindowIsTwentyFourMonths() {
        AnalysisResult result = trend(parameters());
        List<String> labels = result.series("revenue").orElseThrow().labels();
        assertEquals(24, labels.size());
        assertEquals(List.of("2024-11", "2026-10"), List.of(labels.get(0), labels.get(23)));
        // the 999 of June is in the window now: 100 + 200 + 300 + 999
        assertEquals(1_599.0, result.series("revenue").orElseThrow().values().stream().mapToDouble(Double::doubleValue).sum());
    }

    @Test
    void onTheLastDayOfAMonthThatMonthCounts() {
        // 2026-09-30: August 200, September 0 → down 100 %, slope -200 on a mean of 100: falling
        AnalysisResult result = trend(Parameters.defaults(registry.analysis(TREND).orElseThrow(), LocalDate.of(2026, 9, 30)).with("months", "2"));
        assertEquals(List.of("2026-08", "2026-09"), result.series("revenue").orElseThrow().labels());
        assertEquals(CHINESE ? "2026-09 收入 0，比 2026-08（200）下降 100%；截至 2026-09 的 2 个月趋势下降（平均每月 -200）。"
                : "Revenue in 2026-09: 0, down 100% on 2026-08 (200); over the 2 months to 2026-09 the trend is falling (-200 a month on average).",
                result.conclusion().orElseThrow().conclusion());
    }

    @Test
    void oneMonthAndAnEmptyWindow() {
        AnalysisResult one = trend(parameters().with("months", "1"));
        assertEquals(CHINESE ? "2026-10 收入 300，来自 2 笔成交。" : "Revenue in 2026-10: 300 from 2 deals.", one.conclusion().orElseThrow().conclusion());
        AnalysisResult empty = trend(Parameters.defaults(registry.analysis(TREND).orElseThrow(), LocalDate.of(2026, 6, 15)).with("months", "2"));
        assertEquals(List.of(0.0, 0.0), empty.series("revenue").orElseThrow().values());
        assertTrue(empty.conclusion().orElseThrow().conclusion().contains("2026-05"), empty.conclusion().orElseThrow().conclusion());
    }

    private Parameters parameters() {
        return Parameters.defaults(registry.analysis(TREND).orElseThrow(), AS_OF);
    }

    private AnalysisResult trend(Parameters parameters) {
        Outcome outcome = registry.compute(TREND, dataset, parameters);
        assertTrue(outcome.ok(), outcome.problem());
        return outcome.result();
    }

    private void deal(long customer, LocalDate date, Double amount) {
        dataset.upsert("Deal", dealId++, customer, amount == null ? Map.of("date", date) : Map.of("date", date, "amount", amount));
    }
}
