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
import io.clientbench.analysis.dataset.ColumnKind;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.DatasetSpec;

/**
 * Order value against frequency on six hand-made customers, deals in the 365-day window:
 *
 * <pre>
 * 1: 100 200 300 → F 3, AOV 200     4: 80       → F 1, AOV 80
 * 2: 1000        → F 1, AOV 1000    5: 600 400  → F 2, AOV 500
 * 3: 50 ×4       → F 4, AOV 50      6: a deal 400 days ago and one without an amount: not drawn
 * medians: F of 1 1 2 3 4 = 2, AOV of 50 80 200 500 1000 = 200; high is at or above
 * core (high, high): 1 and 5, 1,600 of 2,880 (55.6 %), 5 deals; high value, low frequency: 2, 1,000 (34.7 %);
 * low value, high frequency: 3, 200 (6.9 %); low, low: 4, 80 (2.8 %)
 * </pre>
 */
class ValueFrequencyAnalysisTest {

    private static final String ANALYSIS = "io.clientbench.analysis.valuefrequency";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final boolean CHINESE = "zh".equals(System.getProperty("clientbench.expectedLanguage", "en"));
    private AnalysisRegistry registry;
    private Dataset dataset;
    private long dealId = 1;

    @BeforeEach
    void setUp() throws Exception {
        registry = Services.get(AnalysisRegistry.class);
        dataset = new Dataset(new DatasetSpec().add(Dataset.CUSTOMER, "name", ColumnKind.TEXT).add("Deal", "date", ColumnKind.DATE)
                .add("Deal", "amount", ColumnKind.NUMBER));
        for (long c = 1; c <= 6; c++) {
            dataset.upsert(Dataset.CUSTOMER, c, null, Map.of("name", "客户" + c));
        }
        deal(1, 10, 100);
        deal(1, 20, 200);
        deal(1, 30, 300);
        deal(2, 5, 1000);
        for (int i = 0; i < 4; i++) {
            deal(3, 40 + i, 50);
        }
        deal(4, 100, 80);
        deal(5, 200, 600);
        deal(5, 300, 400);
        deal(6, 400, 700);
        dataset.upsert("Deal", dealId++, 6L, Map.of("date", AS_OF.minusDays(3))); // no amount
        deal(2, -2, 5_000); // after the analysis date
    }

    @Test
    void pointsMediansAndSegments() {
        AnalysisResult result = run(parameters());
        AnalysisResult.Scatter points = result.scatters().get(0);
        assertEquals(List.of(3.0, 1.0, 4.0, 1.0, 2.0), points.xs());
        assertEquals(List.of(200.0, 1000.0, 50.0, 80.0, 500.0), points.ys());
        assertEquals(2.0, points.xSplit());
        assertEquals(200.0, points.ySplit());
        assertEquals(List.of(2.0, 1.0, 1.0, 1.0), result.series("segments").orElseThrow().values());
        List<String> names = CHINESE ? List.of("高价值高频", "高价值低频", "低价值高频", "低价值低频")
                : List.of("High value, high frequency", "High value, low frequency", "Low value, high frequency", "Low value, low frequency");
        assertEquals(names, result.series("segments").orElseThrow().labels());
        assertEquals(List.of(List.of(names.get(0), 2, 40.0, 1600.0, 55.6, 320.0, 2.5), List.of(names.get(1), 1, 20.0, 1000.0, 34.7, 1000.0, 1.0),
                List.of(names.get(2), 1, 20.0, 200.0, 6.9, 50.0, 4.0), List.of(names.get(3), 1, 20.0, 80.0, 2.8, 80.0, 1.0)),
                result.table("segments").orElseThrow().rows());

        AnalysisResult.Conclusion conclusion = result.conclusion().orElseThrow();
        assertEquals(CHINESE ? "有成交的 5 个客户中有 1 个属于高价值低频（客单价不低于 200，成交少于 2 次），贡献了 34.7% 的收入。"
                : "1 of 5 customers with deals are high-value, low-frequency (orders of 200 or more on average, fewer than 2 deals): they bring 34.7% of the revenue.",
                conclusion.conclusion());
        assertTrue(conclusion.diagnosis().contains(CHINESE ? "中位数" : "the medians"), conclusion.diagnosis());
        assertTrue(conclusion.diagnosis().contains(CHINESE ? "1 个客户在统计期内没有" : "1 customers had no deal"), "customer 6: " + conclusion.diagnosis());
        assertTrue(conclusion.action().startsWith(CHINESE ? "一个月内回访 1 个" : "Call back the 1 high-value"), conclusion.action());
    }

    @Test
    void splitsFromTheSettings() {
        // value from 600, frequency from 3: 2 is high value only; 1 and 3 high frequency only; 4 and 5 neither
        AnalysisResult result = run(parameters().with("valueSplit", "600").with("frequencySplit", "3"));
        assertEquals(List.of(0.0, 1.0, 2.0, 2.0), result.series("segments").orElseThrow().values());
        assertEquals(3.0, result.scatters().get(0).xSplit());
        assertEquals(600.0, result.scatters().get(0).ySplit());
        assertTrue(result.conclusion().orElseThrow().diagnosis().contains(CHINESE ? "设置值" : "the settings"));
    }

    @Test
    void noDealsSaySoWithoutCharts() {
        AnalysisResult result = run(parameters().with("analysisDate", "2020-01-01"));
        assertTrue(result.scatters().isEmpty() && result.series().isEmpty());
        assertEquals(CHINESE ? "统计期内没有客户有带日期和金额的成交。" : "No customer has a deal with a date and amount in the window.",
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

    private void deal(long customer, int daysAgo, double amount) {
        Services.deal(dataset, dealId++, customer, AS_OF.minusDays(daysAgo), amount);
    }
}
