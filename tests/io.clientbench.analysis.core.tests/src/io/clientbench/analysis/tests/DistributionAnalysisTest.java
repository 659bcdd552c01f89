package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import io.clientbench.analysis.ParameterDescriptor;
import io.clientbench.analysis.ParameterType;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.ColumnKind;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.DatasetSpec;

/**
 * The distribution on six hand-made customers, revenue in the 365-day window:
 *
 * <pre>
 * 1 C 华东 SMALL  300 (and 100 of 400 days ago, outside)   4 E 华北 LARGE  500
 * 2 C 华东 MEDIUM 100                                      5 E  -   -      100
 * 3 C 华北 SMALL  nothing                                  6 -  华南 SMALL nothing
 * total 1,000: industry C 3 customers (50 %) 400 (40 %), E 2 (33.3 %) 600 (60 %), not set 1 (16.7 %) 0
 * </pre>
 */
class DistributionAnalysisTest {

    private static final String DISTRIBUTION = "io.clientbench.analysis.distribution";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final boolean CHINESE = "zh".equals(System.getProperty("clientbench.expectedLanguage", "en"));
    private AnalysisRegistry registry;
    private Dataset dataset;
    private long dealId = 1;

    @BeforeEach
    void setUp() throws Exception {
        registry = Services.get(AnalysisRegistry.class);
        dataset = new Dataset(new DatasetSpec().add(Dataset.CUSTOMER, "industry", ColumnKind.TEXT).add(Dataset.CUSTOMER, "region", ColumnKind.TEXT)
                .add(Dataset.CUSTOMER, "sizeBand", ColumnKind.TEXT).add("Deal", "date", ColumnKind.DATE).add("Deal", "amount", ColumnKind.NUMBER));
        customer(1, "C", "华东", "SMALL");
        customer(2, "C", "华东", "MEDIUM");
        customer(3, "C", "华北", "SMALL");
        customer(4, "E", "华北", "LARGE");
        customer(5, "E", null, null);
        customer(6, null, "华南", "SMALL");
        deal(1, 10, 300);
        deal(1, 400, 100);
        deal(2, 30, 100);
        deal(4, 200, 500);
        deal(5, 1, 100);
        deal(4, -3, 9_000); // after the analysis date
    }

    @Test
    void byIndustryCountsAndRevenueSharePerSection() {
        AnalysisResult result = distribution(parameters());
        String manufacturing = CHINESE ? "制造业" : "Manufacturing", construction = CHINESE ? "建筑业" : "Construction",
                notSet = CHINESE ? "（未填写）" : "(not set)";
        assertEquals(List.of(List.of(manufacturing, 3, 50.0, 400.0, 40.0), List.of(construction, 2, 33.3, 600.0, 60.0), List.of(notSet, 1, 16.7, 0.0, 0.0)),
                result.table("categories").orElseThrow().rows());
        AnalysisResult.Series customers = result.series("customers").orElseThrow();
        assertEquals(List.of(manufacturing, construction, notSet), customers.labels());
        assertEquals(List.of(3.0, 2.0, 1.0), customers.values());
        assertEquals(List.of(40.0, 60.0, 0.0), result.series("revenue").orElseThrow().values());
        // the pie of the customers' shares: 3, 2 and 1 of 6 customers, no slice merged
        AnalysisResult.Pie pie = result.pies().get(0);
        assertEquals("customerShares", pie.id());
        assertEquals(CHINESE ? "按行业的客户占比" : "Share of customers by industry", pie.name());
        assertEquals(List.of(manufacturing, construction, notSet), pie.labels());
        assertEquals(List.of(3.0, 2.0, 1.0), pie.values());
        assertEquals(50.0, pie.share(0), 1e-9);
        assertEquals(33.333, pie.share(1), 1e-3);
        assertEquals(16.667, pie.share(2), 1e-3);
        assertTrue(!pie.lastIsOther());

        AnalysisResult.Conclusion conclusion = result.conclusion().orElseThrow();
        assertEquals(CHINESE ? "最大的行业是制造业：6 个客户中有 3 个（50%），贡献了 40% 的收入。"
                : "The biggest industry is Manufacturing: 3 of 6 customers (50%), bringing 40% of the revenue.", conclusion.conclusion());
        // three of six is not more than half: spread; construction brings more revenue; one customer has no industry
        assertEquals(CHINESE ? "客户分布在 2 个类别中，没有一个类别占到一半。 收入最多的是建筑业（60%）。 未填写行业的客户：1 个，计为“未填写”。"
                : "The customers are spread over 2 categories; none holds half of them. Construction brings the most revenue (60%)."
                        + " Customers with no industry: 1, counted as (not set).", conclusion.diagnosis());
        assertTrue(conclusion.action().contains(manufacturing), conclusion.action());
    }

    @Test
    void byRegionAndBySizeAndTheWindow() {
        // regions by customers, ties in order of appearance: 华东 2 (400), 华北 2 (500), 华南 1, not set 1 (100)
        AnalysisResult regions = distribution(parameters().with("dimension", "region"));
        assertEquals(List.of(List.of("华东", 2, 33.3, 400.0, 40.0), List.of("华北", 2, 33.3, 500.0, 50.0), List.of("华南", 1, 16.7, 0.0, 0.0)),
                regions.table("categories").orElseThrow().rows().subList(0, 3));
        assertTrue(regions.conclusion().orElseThrow().conclusion().contains("华东"), regions.conclusion().orElseThrow().conclusion());
        assertTrue(regions.conclusion().orElseThrow().diagnosis().contains("华北"), "华北 brings the most revenue");

        // sizes in band order, not by count: small 3 (1, 3, 6: 300), medium 1 (100), large 1 (500), not set 1 (100)
        AnalysisResult sizes = distribution(parameters().with("dimension", "size"));
        assertEquals(CHINESE ? List.of("小型", "中型", "大型", "（未填写）") : List.of("Small", "Medium", "Large", "(not set)"),
                sizes.series("customers").orElseThrow().labels());
        assertEquals(List.of(3.0, 1.0, 1.0, 1.0), sizes.series("customers").orElseThrow().values());
        assertEquals(List.of(30.0, 10.0, 50.0, 10.0), sizes.series("revenue").orElseThrow().values());

        // all deals up to the date: customer 1's old 100 counts, C has 500 of 1,100
        AnalysisResult all = distribution(parameters().with("windowDays", "0"));
        assertEquals(List.of(500.0, 45.5), all.table("categories").orElseThrow().rows().get(0).subList(3, 5));
    }

    @Test
    void manyCategoriesAreChartedAsTheLargestAndOthers() {
        for (long c = 7; c <= 20; c++) {
            customer(c, "C", "R" + c, "SMALL");
        }
        AnalysisResult result = distribution(parameters().with("dimension", "region"));
        assertEquals(18, result.table("categories").orElseThrow().rows().size(), "every region and (not set) in the table");
        AnalysisResult.Series customers = result.series("customers").orElseThrow();
        assertEquals(12, customers.labels().size());
        assertEquals(CHINESE ? "其他" : "Others", customers.labels().get(11));
        // charted: 华东 2, 华北 2, 华南 1 and R7-R14 (13 customers); R15-R20 and the customer without a region (7) are Others
        assertEquals(20.0, customers.values().stream().mapToDouble(Double::doubleValue).sum());
        assertEquals(7.0, customers.values().get(11));
        // the pie keeps the 7 largest of 20 customers' regions (华东 2, 华北 2, then the first of the ones: 华南, R7-R10)
        // and merges R11-R20 and the customer without a region as Others: 11 of 20 = 55 %
        AnalysisResult.Pie pie = result.pies().get(0);
        assertEquals(List.of("华东", "华北", "华南", "R7", "R8", "R9", "R10", CHINESE ? "其他" : "Others"), pie.labels());
        assertEquals(List.of(2.0, 2.0, 1.0, 1.0, 1.0, 1.0, 1.0, 11.0), pie.values());
        assertTrue(pie.lastIsOther());
        assertEquals(10.0, pie.share(0), 1e-9);
        assertEquals(5.0, pie.share(2), 1e-9);
        assertEquals(55.0, pie.share(7), 1e-9);
    }

    @Test
    void theDimensionIsAChoiceAndAnotherValueIsRefusedNamingTheChoices() {
        ParameterDescriptor dimension = registry.analysis(DISTRIBUTION).orElseThrow().parameters().get(0);
        assertEquals(ParameterType.CHOICE, dimension.type());
        assertEquals(List.of("industry", "region", "size"), dimension.choices().stream().map(ParameterDescriptor.Choice::value).toList());
        assertEquals(CHINESE ? List.of("行业", "地区", "企业规模") : List.of("Industry", "Region", "Company size"),
                dimension.choices().stream().map(ParameterDescriptor.Choice::label).toList());
        // typed in another case it is still the choice (a value kept in preferences by hand)
        assertEquals("region", parameters().with("dimension", "Region").text("dimension"));

        Outcome outcome = registry.compute(DISTRIBUTION, dataset, parameters().with("dimension", "colour"));
        assertFalse(outcome.ok());
        assertTrue(outcome.problem().contains("colour") && outcome.problem().contains(dimension.label())
                && outcome.problem().contains(CHINESE ? "企业规模 (size)" : "Company size (size)"), outcome.problem());
        assertTrue(registry.analysis(DISTRIBUTION).orElseThrow().enabled(), "a bad setting does not disable the analysis");
    }

    private Parameters parameters() {
        return Parameters.defaults(registry.analysis(DISTRIBUTION).orElseThrow(), AS_OF);
    }

    private AnalysisResult distribution(Parameters parameters) {
        Outcome outcome = registry.compute(DISTRIBUTION, dataset, parameters);
        assertTrue(outcome.ok(), outcome.problem());
        return outcome.result();
    }

    private void customer(long id, String industry, String region, String size) {
        Map<String, Object> values = new HashMap<>();
        values.put("industry", industry);
        values.put("region", region);
        values.put("sizeBand", size);
        dataset.upsert(Dataset.CUSTOMER, id, null, values);
    }

    private void deal(long customer, int daysAgo, double amount) {
        Services.deal(dataset, dealId++, customer, AS_OF.minusDays(daysAgo), amount);
    }
}
