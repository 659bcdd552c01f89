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
 * Sheet 4's forecast, 预计成交产值 × 成交概率, on hand-made customers:
 *
 * <pre>
 * 1 张三 100,000 × 0.8 = 80,000 (in 20 days)   2 张三 200,000 × 0.6 = 120,000 (in 60 days)
 * 3 李四  50,000 × 0.3 = 15,000 (in 200 days)  5 (no salesperson) 40,000 × 0.5 = 20,000 (no date)
 * 4 李四 10,000 without a probability, 7 王五 30,000 × "75" (not 0–1): left out, counted as incomplete
 * 6 nothing: not in the forecast at all
 * total: 4 customers, expected 390,000, forecast 235,000
 * </pre>
 */
class ForecastAnalysisTest {

    private static final String FORECAST = "io.clientbench.analysis.forecast";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private AnalysisRegistry registry;
    private Dataset dataset;

    @BeforeEach
    void setUp() throws Exception {
        registry = Services.get(AnalysisRegistry.class);
        dataset = new Dataset(new DatasetSpec().add(Dataset.CUSTOMER, "expectedDealValue", ColumnKind.NUMBER)
                .add(Dataset.CUSTOMER, "closeProbability", ColumnKind.NUMBER).add(Dataset.CUSTOMER, "expectedPurchaseDate", ColumnKind.DATE)
                .add(Dataset.CUSTOMER, "owner", ColumnKind.TEXT).add("Deal", "amount", ColumnKind.NUMBER));
        customer(1, "张三", 100_000, 0.8, 20);
        customer(2, "张三", 200_000, 0.6, 60);
        customer(3, "李四", 50_000, 0.3, 200);
        customer(4, "李四", 10_000, null, 10);
        customer(5, null, 40_000, 0.5, null);
        customer(6, "李四", null, null, null);
        customer(7, "王五", 30_000, 75.0, 10);
    }

    @Test
    void theForecastIsValueTimesProbabilityPerSalesperson() {
        AnalysisResult result = forecast(parameters());
        assertEquals(List.of(4, 390_000.0, 235_000.0, 2), result.table("summary").orElseThrow().rows().stream().map(row -> row.get(1)).toList());
        List<List<Object>> owners = result.table("owners").orElseThrow().rows();
        assertEquals(List.of("张三", 2, 300_000.0, 200_000.0), owners.get(0));
        assertEquals(List.of(1, 40_000.0, 20_000.0), owners.get(1).subList(1, 4), "the customer without a salesperson");
        assertEquals(List.of("李四", 1, 50_000.0, 15_000.0), owners.get(2));
        assertEquals(3, owners.size(), "王五 has nothing valid");
        assertEquals(List.of(200_000.0, 20_000.0, 15_000.0), result.series("owners").orElseThrow().values());
        // 80,000 of 235,000 (34 %) rests on the one customer above 75 %; 235/390 = 60.3 % average probability
        var conclusion = result.conclusion().orElseThrow();
        boolean chinese = "zh".equals(System.getProperty("clientbench.expectedLanguage", "en"));
        assertEquals(chinese ? "预计销售产值 23.5万，来自 4 个客户（预计成交产值 39万，平均成交概率 60.3%）。"
                : "Forecast sales value 235,000 from 4 customers (expected deal value 390,000, on average 60.3% likely).", conclusion.conclusion());
        assertTrue(conclusion.diagnosis().contains("34"), conclusion.diagnosis());
    }

    @Test
    void aHorizonAndAMinimumProbabilityNarrowTheForecast() {
        // within 90 days: customers 1 and 2 (customer 5 has no date, customer 3 is 200 days out)
        assertEquals(200_000.0, weighted(forecast(parameters().with("horizonDays", "90"))));
        // at least 50 %: customers 1, 2 and 5
        assertEquals(220_000.0, weighted(forecast(parameters().with("minimumProbabilityPercent", "50"))));
    }

    private Parameters parameters() {
        return Parameters.defaults(registry.analysis(FORECAST).orElseThrow(), AS_OF);
    }

    private AnalysisResult forecast(Parameters parameters) {
        Outcome outcome = registry.compute(FORECAST, dataset, parameters);
        assertTrue(outcome.ok(), outcome.problem());
        return outcome.result();
    }

    private static double weighted(AnalysisResult result) {
        return (Double) result.table("summary").orElseThrow().rows().get(2).get(1);
    }

    private void customer(long id, String owner, Number value, Double probability, Integer inDays) {
        Map<String, Object> values = new HashMap<>();
        values.put("owner", owner);
        values.put("expectedDealValue", value);
        values.put("closeProbability", probability);
        values.put("expectedPurchaseDate", inDays == null ? null : AS_OF.plusDays(inDays));
        dataset.upsert(Dataset.CUSTOMER, id, null, values);
    }
}
