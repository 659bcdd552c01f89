package io.clientbench.analysis.distribution;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Figures;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.DataTable;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.Dictionary;

/**
 * Sheet 2's distribution (the pie by industry or region, the bar by size): the customers per category of the chosen
 * dimension — industry section, region or size band — with their share of the customers and of the revenue (the sum
 * of their deal amounts in the window up to the analysis date, as Pareto counts it). Customers without a value form
 * the "(not set)" category, listed last and never named the biggest. Categories are ordered by customers (ties in
 * the order they first appear), sizes from micro to large; the bar charts show the largest {@value #CHART_CATEGORIES}
 * and sum the rest as "Others" so that the bars stay readable with many regions, and the pie of the customers' shares
 * the largest {@value #PIE_SLICES} - 1 and "Others" so that its legend stays readable.
 */
public class DistributionAnalysis implements Analysis {

    public static final String TABLE_CATEGORIES = "categories", SERIES_CUSTOMERS = "customers", SERIES_REVENUE = "revenue", PIE_CUSTOMERS = "customerShares";
    static final int CHART_CATEGORIES = 12, PIE_SLICES = 8;
    private static final String[] SIZE_ORDER = { "MICRO", "SMALL", "MEDIUM", "LARGE" };

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        // a choice parameter: the registry refuses any other value before the analysis runs
        String field, dimensionName;
        switch (parameters.text("dimension")) {
            case "region" -> {
                field = "region";
                dimensionName = DistributionMessages.dimensionRegion;
            }
            case "size" -> {
                field = "sizeBand";
                dimensionName = DistributionMessages.dimensionSize;
            }
            default -> {
                field = "industry";
                dimensionName = DistributionMessages.dimensionIndustry;
            }
        }
        int asOf = Math.toIntExact(parameters.date("analysisDate").toEpochDay());
        long window = parameters.integer("windowDays");
        DataTable customers = dataset.customers();
        DataTable deals = dataset.table("Deal");
        int n = customers.size();
        int[] code = customers.codes(field);
        Dictionary dictionary = customers.dictionary(field);
        int notSet = dictionary.size();

        double[] revenueOf = new double[n];
        int[] owners = deals.ownerRows();
        int[] days = deals.dates("date");
        double[] amounts = deals.numbers("amount");
        for (int d = 0, size = deals.size(); d < size; d++) {
            int day = days[d];
            if (owners[d] >= 0 && day != DataTable.NO_DATE && day <= asOf && (window <= 0 || day > asOf - window) && !Double.isNaN(amounts[d])) {
                revenueOf[owners[d]] += amounts[d];
            }
        }
        int[] count = new int[notSet + 1];
        double[] revenue = new double[notSet + 1];
        double totalRevenue = 0;
        for (int row = 0; row < n; row++) {
            int g = code[row] == DataTable.NO_TEXT ? notSet : code[row];
            count[g]++;
            revenue[g] += revenueOf[row];
            totalRevenue += revenueOf[row];
        }

        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < notSet; g++) {
            if (count[g] > 0) {
                order.add(g);
            }
        }
        if ("sizeBand".equals(field)) {
            order.sort((a, b) -> Integer.compare(sizeRank(dictionary.value(a)), sizeRank(dictionary.value(b))));
        } else {
            order.sort((a, b) -> Integer.compare(count[b], count[a]));
        }
        int categories = order.size();
        if (count[notSet] > 0) {
            order.add(notSet);
        }

        List<List<Object>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> customerValues = new ArrayList<>(), revenueValues = new ArrayList<>();
        List<String> pieLabels = new ArrayList<>();
        List<Double> pieValues = new ArrayList<>();
        // the chart's categories: the largest by customers, the rest summed as Others
        List<Integer> byCount = new ArrayList<>(order);
        byCount.sort((a, b) -> Integer.compare(count[b], count[a]));
        List<Integer> charted = byCount.size() > CHART_CATEGORIES ? byCount.subList(0, CHART_CATEGORIES - 1) : byCount;
        int otherCount = 0;
        double otherRevenue = 0;
        for (int g : order) {
            String name = g == notSet ? DistributionMessages.notSet : label(field, dictionary.value(g));
            rows.add(List.of(name, count[g], round1(count[g] * 100.0 / n), Figures.twoDecimals(revenue[g]), round1(share(revenue[g], totalRevenue))));
            pieLabels.add(name);
            pieValues.add((double) count[g]);
            if (charted.contains(g)) {
                labels.add(name);
                customerValues.add((double) count[g]);
                revenueValues.add(round1(share(revenue[g], totalRevenue)));
            } else {
                otherCount += count[g];
                otherRevenue += revenue[g];
            }
        }
        if (otherCount > 0) {
            labels.add(DistributionMessages.others);
            customerValues.add((double) otherCount);
            revenueValues.add(round1(share(otherRevenue, totalRevenue)));
        }
        AnalysisResult.Builder result = AnalysisResult.builder();
        result.table(new AnalysisResult.Table(TABLE_CATEGORIES, NLS.bind(DistributionMessages.tableCategories, dimensionName),
                List.of(DistributionMessages.colCategory, DistributionMessages.colCustomers, DistributionMessages.colCustomerShare,
                        DistributionMessages.colRevenue, DistributionMessages.colRevenueShare), rows));
        if (n > 0) {
            result.pie(AnalysisResult.Pie.of(PIE_CUSTOMERS, NLS.bind(DistributionMessages.pieCustomers, dimensionName), pieLabels, pieValues, PIE_SLICES,
                    DistributionMessages.others));
        }
        result.series(new AnalysisResult.Series(SERIES_CUSTOMERS, NLS.bind(DistributionMessages.seriesCustomers, dimensionName), labels, customerValues));
        result.series(new AnalysisResult.Series(SERIES_REVENUE, NLS.bind(DistributionMessages.seriesRevenue, dimensionName), labels, revenueValues));

        String notSetText = count[notSet] == 0 ? "" : NLS.bind(DistributionMessages.diagnosisNotSet, count[notSet], dimensionName);
        String notSetAction = count[notSet] == 0 ? "" : NLS.bind(DistributionMessages.actionNotSet, dimensionName, count[notSet]);
        if (categories == 0) {
            return result.conclusion(NLS.bind(DistributionMessages.empty, dimensionName), notSetText, notSetAction).build();
        }
        int biggest = -1, richest = -1;
        for (int g = 0; g < notSet; g++) {
            if (count[g] > 0 && (biggest < 0 || count[g] > count[biggest])) {
                biggest = g;
            }
            if (count[g] > 0 && (richest < 0 || revenue[g] > revenue[richest])) {
                richest = g;
            }
        }
        String biggestName = label(field, dictionary.value(biggest));
        String diagnosis = count[biggest] * 2 > n ? NLS.bind(DistributionMessages.diagnosisConcentrated, dimensionName)
                : NLS.bind(DistributionMessages.diagnosisSpread, categories);
        if (richest != biggest && revenue[richest] > 0) {
            diagnosis += " " + NLS.bind(DistributionMessages.diagnosisRevenueLeader, label(field, dictionary.value(richest)),
                    Figures.percent(revenue[richest], totalRevenue));
        }
        if (!notSetText.isEmpty()) {
            diagnosis += " " + notSetText;
        }
        String action = NLS.bind(DistributionMessages.action, dimensionName, biggestName) + (notSetAction.isEmpty() ? "" : " " + notSetAction);
        return result.conclusion(NLS.bind(DistributionMessages.conclusion, new Object[] { dimensionName, biggestName, count[biggest], n,
                Figures.percent(count[biggest], n), Figures.percent(revenue[biggest], totalRevenue) }), diagnosis, action).build();
    }

    /** An industry section or size band by its translated name (a value the messages do not know, as it is). */
    static String label(String field, String value) {
        String key = switch (field) {
            case "industry" -> "industry_" + value;
            case "sizeBand" -> "size_" + value;
            default -> null;
        };
        if (key != null) {
            try {
                Object text = DistributionMessages.class.getField(key).get(null);
                if (text instanceof String name) {
                    return name;
                }
            } catch (ReflectiveOperationException e) {
                // an industry pack's or the admin's own value: shown as stored
            }
        }
        return value;
    }

    private static int sizeRank(String band) {
        int rank = List.of(SIZE_ORDER).indexOf(band);
        return rank < 0 ? SIZE_ORDER.length : rank;
    }

    private static double share(double part, double whole) {
        return whole == 0 ? 0 : part * 100 / whole;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
