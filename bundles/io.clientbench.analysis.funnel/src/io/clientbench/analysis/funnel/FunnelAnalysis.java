package io.clientbench.analysis.funnel;

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
 * Sheet 4's six sales stages (需求收集 → 产品展示 → 异议处理 → 商务谈判 → 促单成交 → 售后服务) as a funnel over the customers'
 * current stage. The store keeps only the stage a customer is in now, so a customer in a stage is counted as having
 * reached every earlier one (the stages are a sequence): "reached" is the number in that stage or a later one, and the
 * conversion from a stage to the next is reached(next) ÷ reached(stage). An open deal is a customer with an expected
 * deal value (预计成交产值); the weighted value multiplies it by the close probability (0–1; outside that, or missing,
 * the deal counts unweighted as 0), as the forecast analysis does. Customers without a stage are counted apart, in the
 * conclusion and action.
 */
public class FunnelAnalysis implements Analysis {

    public static final String ID = "io.clientbench.analysis.funnel";
    public static final String TABLE_STAGES = "stages", SERIES_REACHED = "reached", SERIES_CURRENT = "current", SERIES_CONVERSION = "conversion";
    /** The values of the SalesStage list, in their order. */
    static final String[] STAGES = { "NEED_COLLECTION", "PRODUCT_DEMO", "OBJECTION_HANDLING", "NEGOTIATION", "CLOSING", "AFTER_SALES" };
    private static final int CLOSING = 4, AFTER_SALES = 5;

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        double weak = parameters.decimal("weakConversionPercent").doubleValue();
        DataTable customers = dataset.customers();
        int[] stage = customers.codes("salesStage");
        Dictionary stages = customers.dictionary("salesStage");
        int[] stageOfCode = new int[stages.size()];
        for (int code = 0; code < stageOfCode.length; code++) {
            stageOfCode[code] = List.of(STAGES).indexOf(stages.value(code)); // -1: a value an overlay added
        }
        double[] values = customers.numbers("expectedDealValue"), probabilities = customers.numbers("closeProbability");

        int k = STAGES.length;
        int[] current = new int[k], deals = new int[k];
        double[] value = new double[k], weighted = new double[k];
        int noStage = 0;
        for (int row = 0, n = customers.size(); row < n; row++) {
            int s = stage[row] == DataTable.NO_TEXT ? -1 : stageOfCode[stage[row]];
            if (s < 0) {
                noStage++;
                continue;
            }
            current[s]++;
            double v = values[row];
            if (!Double.isNaN(v) && v > 0) {
                deals[s]++;
                value[s] += v;
                double p = probabilities[row];
                weighted[s] += p >= 0 && p <= 1 ? v * p : 0;
            }
        }
        int[] reached = new int[k];
        for (int s = k - 1; s >= 0; s--) {
            reached[s] = current[s] + (s + 1 < k ? reached[s + 1] : 0);
        }
        double[] conversion = new double[k - 1];
        for (int s = 0; s + 1 < k; s++) {
            conversion[s] = reached[s] == 0 ? 0 : Math.round(reached[s + 1] * 1000.0 / reached[s]) / 10.0;
        }

        String[] labels = { FunnelMessages.stageNeedCollection, FunnelMessages.stageProductDemo, FunnelMessages.stageObjectionHandling,
                FunnelMessages.stageNegotiation, FunnelMessages.stageClosing, FunnelMessages.stageAfterSales };
        AnalysisResult.Builder result = AnalysisResult.builder();
        List<List<Object>> rows = new ArrayList<>();
        List<Double> reachedSeries = new ArrayList<>(), currentSeries = new ArrayList<>(), conversionSeries = new ArrayList<>();
        double totalValue = 0, totalWeighted = 0;
        for (int s = 0; s < k; s++) {
            rows.add(List.of(labels[s], current[s], reached[s], deals[s], s + 1 < k ? (Object) conversion[s] : "", Figures.twoDecimals(value[s]),
                    Figures.twoDecimals(weighted[s])));
            reachedSeries.add((double) reached[s]);
            currentSeries.add((double) current[s]);
            totalValue += value[s];
            totalWeighted += weighted[s];
        }
        // customers without a stage are in the conclusion, not a row: the charts' axes are titled from a table listing
        // exactly the stages
        List<String> steps = new ArrayList<>();
        for (int s = 0; s + 1 < k; s++) {
            steps.add(labels[s] + " → " + labels[s + 1]);
            conversionSeries.add(conversion[s]);
        }
        result.table(new AnalysisResult.Table(TABLE_STAGES, FunnelMessages.tableStages, List.of(FunnelMessages.colStage, FunnelMessages.colCurrent,
                FunnelMessages.colReached, FunnelMessages.colDeals, FunnelMessages.colConversion, FunnelMessages.colValue, FunnelMessages.colWeighted), rows));
        result.series(new AnalysisResult.Series(SERIES_REACHED, FunnelMessages.seriesReached, List.of(labels), reachedSeries));
        result.series(new AnalysisResult.Series(SERIES_CURRENT, FunnelMessages.seriesCurrent, List.of(labels), currentSeries));
        result.series(new AnalysisResult.Series(SERIES_CONVERSION, FunnelMessages.seriesConversion, steps, conversionSeries));

        // the weakest step among those with customers to convert; the steps below the threshold
        int weakest = -1;
        List<String> below = new ArrayList<>();
        for (int s = 0; s + 1 < k; s++) {
            if (reached[s] == 0) {
                continue;
            }
            if (weakest < 0 || conversion[s] < conversion[weakest]) {
                weakest = s;
            }
            if (conversion[s] < weak) {
                below.add(steps.get(s) + " " + Figures.oneDecimal(conversion[s]) + "%");
            }
        }
        String from = weakest < 0 ? FunnelMessages.none : labels[weakest], to = weakest < 0 ? FunnelMessages.none : labels[weakest + 1];
        int staged = customers.size() - noStage;
        return result.conclusion(
                NLS.bind(FunnelMessages.conclusion, new Object[] { staged, customers.size(), reached[CLOSING], current[AFTER_SALES],
                        Figures.money(totalValue), Figures.money(totalWeighted) }),
                NLS.bind(FunnelMessages.diagnosis, new Object[] { from, to, weakest < 0 ? "0" : Figures.oneDecimal(conversion[weakest]),
                        Figures.oneDecimal(weak), below.isEmpty() ? FunnelMessages.none : String.join("; ", below) }),
                NLS.bind(FunnelMessages.action, new Object[] { from, to, current[CLOSING], noStage })).build();
    }
}
