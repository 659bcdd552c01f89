package io.clientbench.analysis.forecast;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Sheet 4's forecast: 预计销售产值 = Σ 预计成交产值 × 成交概率 over the customers, per salesperson (the customer's
 * owner) and for the branch. A customer counts when both values are there and the probability is within 0–1 (the
 * schema's range; a 75 typed for 75 % is left out and counted as incomplete rather than guessed). With a horizon, only
 * customers whose expected purchase date is at most that many days after the analysis date count (an overdue date
 * still counts: the deal has slipped, not gone); without a horizon the date is not looked at.
 */
public class ForecastAnalysis implements Analysis {

    public static final String TABLE_OWNERS = "owners", TABLE_SUMMARY = "summary", SERIES_OWNERS = "owners";
    private static final double CLASS_A = 0.75, CLASS_B = 0.5;

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        int asOf = Math.toIntExact(parameters.date("analysisDate").toEpochDay());
        long horizon = parameters.integer("horizonDays");
        double minimum = parameters.decimal("minimumProbabilityPercent").doubleValue() / 100;
        DataTable customers = dataset.customers();
        double[] values = customers.numbers("expectedDealValue");
        double[] probabilities = customers.numbers("closeProbability");
        int[] expected = customers.dates("expectedPurchaseDate");
        int[] owner = customers.codes("owner");
        Dictionary owners = customers.dictionary("owner");
        int noOwner = owners.size();

        int[] count = new int[noOwner + 1];
        double[] pipeline = new double[noOwner + 1], weighted = new double[noOwner + 1];
        int incomplete = 0, likely = 0, classB = 0;
        double likelyWeighted = 0;
        for (int row = 0, n = customers.size(); row < n; row++) {
            double value = values[row], p = probabilities[row];
            if (Double.isNaN(value) && Double.isNaN(p)) {
                continue;
            }
            if (Double.isNaN(value) || Double.isNaN(p) || p < 0 || p > 1 || value < 0) {
                incomplete++;
                continue;
            }
            if (p < minimum || horizon > 0 && (expected[row] == DataTable.NO_DATE || expected[row] > asOf + horizon)) {
                continue;
            }
            int g = owner[row] == DataTable.NO_TEXT ? noOwner : owner[row];
            count[g]++;
            pipeline[g] += value;
            weighted[g] += value * p;
            if (p > CLASS_A) {
                likely++;
                likelyWeighted += value * p;
            } else if (p > CLASS_B) {
                classB++;
            }
        }
        int customersIn = Arrays.stream(count).sum();
        double totalPipeline = Arrays.stream(pipeline).sum(), totalWeighted = Arrays.stream(weighted).sum();
        AnalysisResult.Builder result = AnalysisResult.builder();

        // salespeople by forecast, largest first
        List<Integer> groups = new ArrayList<>();
        for (int g = 0; g <= noOwner; g++) {
            if (count[g] > 0) {
                groups.add(g);
            }
        }
        groups.sort((a, b) -> Double.compare(weighted[b], weighted[a]));
        List<List<Object>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> series = new ArrayList<>();
        for (int g : groups) {
            String name = g == noOwner ? ForecastMessages.noOwner : owners.value(g);
            rows.add(List.of(name, count[g], round2(pipeline[g]), round2(weighted[g])));
            labels.add(name);
            series.add(round2(weighted[g]));
        }
        result.table(new AnalysisResult.Table(TABLE_OWNERS, ForecastMessages.tableOwners, List.of(ForecastMessages.colOwner,
                ForecastMessages.colCustomers, ForecastMessages.colPipeline, ForecastMessages.colWeighted), rows));
        result.table(new AnalysisResult.Table(TABLE_SUMMARY, ForecastMessages.tableSummary, List.of(ForecastMessages.colMeasure, ForecastMessages.colValue),
                List.of(List.of(ForecastMessages.rowCustomers, customersIn), List.of(ForecastMessages.rowPipeline, round2(totalPipeline)),
                        List.of(ForecastMessages.rowWeighted, round2(totalWeighted)), List.of(ForecastMessages.rowIncomplete, incomplete))));
        result.series(new AnalysisResult.Series(SERIES_OWNERS, ForecastMessages.seriesOwners, labels, series));
        if (customersIn == 0) {
            return result.conclusion(ForecastMessages.empty, incomplete == 0 ? "" : NLS.bind(ForecastMessages.diagnosisIncomplete, incomplete),
                    NLS.bind(ForecastMessages.action, classB)).build();
        }
        String diagnosis = NLS.bind(ForecastMessages.diagnosis, Figures.percent(likelyWeighted, totalWeighted), likely);
        if (incomplete > 0) {
            diagnosis += " " + NLS.bind(ForecastMessages.diagnosisIncomplete, incomplete);
        }
        return result.conclusion(NLS.bind(ForecastMessages.conclusion, new Object[] { Figures.money(totalWeighted), customersIn, Figures.money(totalPipeline),
                Figures.percent(totalWeighted, totalPipeline) }), diagnosis, NLS.bind(ForecastMessages.action, classB)).build();
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
