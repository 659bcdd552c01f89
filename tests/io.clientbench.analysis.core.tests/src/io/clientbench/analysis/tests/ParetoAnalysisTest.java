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
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.Dataset;

/**
 * Pareto on six customers, revenue in the 365-day window worked out by hand: C1 500 (300 + 200), C2 300, C3 100,
 * C4 60, C5 40 (and an old deal of 1,000 outside the window), C6 nothing; total 1,000. Cumulative: 50 %, 80 % → the
 * first two customers reach 80 %: 2 of 5 buying customers (40 %), 2 of all 6 (33.3 %).
 */
class ParetoAnalysisTest {

    private static final String PARETO = "io.clientbench.analysis.pareto";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private AnalysisRegistry registry;
    private Dataset dataset;
    private long dealId = 1;

    @BeforeEach
    void setUp() throws Exception {
        registry = Services.get(AnalysisRegistry.class);
        dataset = Services.emptyDataset();
        for (long c = 1; c <= 6; c++) {
            Services.customer(dataset, c, "E");
        }
        deal(1, 10, 300);
        deal(1, 100, 200);
        deal(2, 50, 300);
        deal(3, 300, 100);
        deal(4, 1, 60);
        deal(5, 2, 40);
        deal(5, 400, 1_000);
        deal(2, -5, 5_000); // after the analysis date
    }

    @Test
    void theFirstCustomersReachingEightyPercentAreTheCore() {
        AnalysisResult result = pareto(parameters());
        assertEquals(List.of(List.of(5), List.of(1000.0), List.of(2), List.of(40.0), List.of(33.3), List.of(80.0)),
                result.table("summary").orElseThrow().rows().stream().map(row -> row.subList(1, 2)).toList());
        assertEquals(List.of(List.of(1, 1L, 500.0, 50.0), List.of(2, 2L, 300.0, 80.0)), result.table("core").orElseThrow().rows());
        assertEquals("core", result.score(1).orElseThrow().tagRule());
        assertEquals("core", result.score(2).orElseThrow().tagRule());
        assertEquals("other", result.score(3).orElseThrow().tagRule());
        assertTrue(result.score(6).isEmpty(), "no revenue, no rank");
        assertEquals(5, result.scores().size());
        assertTrue(result.score(2).orElseThrow().explanation().contains("80"), result.score(2).orElseThrow().explanation());

        List<Double> curve = result.series("curve").orElseThrow().values();
        assertEquals(101, curve.size());
        assertEquals(List.of(0.0, 50.0, 80.0, 90.0, 96.0, 100.0), List.of(curve.get(0), curve.get(20), curve.get(40), curve.get(60), curve.get(80), curve.get(100)));
        assertTrue(result.conclusion().orElseThrow().conclusion().contains("40"), result.conclusion().orElseThrow().conclusion());
    }

    @Test
    void theWindowAndTheShareAreParameters() {
        // all deals: C5 has 1,040 of 2,000 (52 %), then C1 77 %, C2 92 % → three of five
        AnalysisResult all = pareto(parameters().with("windowDays", "0"));
        assertEquals(List.of(5L, 1L, 2L), all.table("core").orElseThrow().rows().stream().map(row -> row.get(1)).toList());
        // half of the revenue: C1 alone (50 % of 1,000 reaches 50 %), one customer of five: concentrated
        AnalysisResult half = pareto(parameters().with("revenueSharePercent", "50"));
        assertEquals(1, half.table("core").orElseThrow().rows().size());
        assertEquals(20.0, half.table("summary").orElseThrow().rows().get(3).get(1));
    }

    @Test
    void equalRevenuesKeepTheCustomersOrder() {
        dataset = Services.emptyDataset();
        long[] revenue = { 100, 300, 300, 300 };
        for (int i = 0; i < revenue.length; i++) {
            Services.customer(dataset, i + 1, "E");
            deal(i + 1, 1, revenue[i]);
        }
        // 300 + 300 = 60 %, + 300 = 90 % ≥ 80 %: the three customers of 300, in their order
        AnalysisResult result = pareto(parameters());
        assertEquals(List.of(2L, 3L, 4L), result.table("core").orElseThrow().rows().stream().map(row -> row.get(1)).toList());
        assertEquals("other", result.score(1).orElseThrow().tagRule());
    }

    private Parameters parameters() {
        return Parameters.defaults(registry.analysis(PARETO).orElseThrow(), AS_OF);
    }

    private AnalysisResult pareto(Parameters parameters) {
        Outcome outcome = registry.compute(PARETO, dataset, parameters);
        assertTrue(outcome.ok(), outcome.problem());
        return outcome.result();
    }

    private void deal(long customer, int daysAgo, double amount) {
        Services.deal(dataset, dealId++, customer, AS_OF.minusDays(daysAgo), amount);
    }
}
