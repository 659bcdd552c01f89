package io.clientbench.analysis.valuefrequency;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Figures;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.DataTable;
import io.clientbench.analysis.dataset.Dataset;

/**
 * Sheet 2's scatter of average order value (客单价) against purchase frequency (消费频次), to find the "high-value,
 * low-frequency" and "low-value, high-frequency" customers. A customer's frequency is the number of its deals in the
 * window up to the analysis date that have a date and an amount, its average order value their amounts' mean;
 * customers without such a deal are counted apart and not drawn.
 * <p>
 * The four segments split at an order value and a number of deals, both parameters; 0 (the default) takes the
 * median of the customers drawn, so that the split follows the branch's own figures. A customer is high on an axis
 * when its figure is at or above the split.
 */
public class ValueFrequencyAnalysis implements Analysis {

    public static final String TABLE_SEGMENTS = "segments", SERIES_SEGMENTS = "segments", SCATTER = "points";

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        int asOf = Math.toIntExact(parameters.date("analysisDate").toEpochDay());
        long window = parameters.integer("windowDays");
        DataTable customers = dataset.customers();
        DataTable deals = dataset.table("Deal");
        int n = customers.size();
        int[] frequency = new int[n];
        double[] revenue = new double[n];
        int[] owners = deals.ownerRows();
        int[] days = deals.dates("date");
        double[] amounts = deals.numbers("amount");
        for (int d = 0, size = deals.size(); d < size; d++) {
            int day = days[d];
            if (owners[d] >= 0 && day != DataTable.NO_DATE && day <= asOf && (window <= 0 || day > asOf - window) && !Double.isNaN(amounts[d])) {
                frequency[owners[d]]++;
                revenue[owners[d]] += amounts[d];
            }
        }
        List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (int row = 0; row < n; row++) {
            if (frequency[row] > 0) {
                xs.add((double) frequency[row]);
                ys.add(Figures.twoDecimals(revenue[row] / frequency[row]));
            }
        }
        int drawn = xs.size();
        AnalysisResult.Builder result = AnalysisResult.builder();
        if (drawn == 0) {
            return result.conclusion(ValueFrequencyMessages.empty, "", ValueFrequencyMessages.actionEmpty).build();
        }
        double valueSetting = parameters.decimal("valueSplit").doubleValue(), frequencySetting = parameters.decimal("frequencySplit").doubleValue();
        boolean medians = valueSetting <= 0 && frequencySetting <= 0;
        double valueSplit = valueSetting > 0 ? valueSetting : median(ys);
        double frequencySplit = frequencySetting > 0 ? frequencySetting : median(xs);

        int[] count = new int[4], segmentDeals = new int[4];
        double[] segmentRevenue = new double[4];
        double total = 0;
        for (int row = 0; row < n; row++) {
            if (frequency[row] == 0) {
                continue;
            }
            int s = segment(revenue[row] / frequency[row] >= valueSplit, frequency[row] >= frequencySplit);
            count[s]++;
            segmentDeals[s] += frequency[row];
            segmentRevenue[s] += revenue[row];
            total += revenue[row];
        }
        List<String> names = List.of(ValueFrequencyMessages.segmentCore, ValueFrequencyMessages.segmentRare, ValueFrequencyMessages.segmentSmall,
                ValueFrequencyMessages.segmentOccasional);
        List<List<Object>> rows = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            rows.add(List.of(names.get(s), count[s], round1(count[s] * 100.0 / drawn), Figures.twoDecimals(segmentRevenue[s]),
                    round1(total == 0 ? 0 : segmentRevenue[s] * 100 / total), Figures.twoDecimals(segmentDeals[s] == 0 ? 0 : segmentRevenue[s] / segmentDeals[s]),
                    round1(count[s] == 0 ? 0 : segmentDeals[s] / (double) count[s])));
            counts.add((double) count[s]);
        }
        result.scatter(new AnalysisResult.Scatter(SCATTER, ValueFrequencyMessages.scatterName, ValueFrequencyMessages.axisFrequency,
                ValueFrequencyMessages.axisValue, xs, ys, frequencySplit, valueSplit));
        result.series(new AnalysisResult.Series(SERIES_SEGMENTS, ValueFrequencyMessages.seriesSegments, names, counts));
        result.table(new AnalysisResult.Table(TABLE_SEGMENTS, ValueFrequencyMessages.tableSegments, List.of(ValueFrequencyMessages.colSegment,
                ValueFrequencyMessages.colCustomers, ValueFrequencyMessages.colCustomerShare, ValueFrequencyMessages.colRevenue,
                ValueFrequencyMessages.colRevenueShare, ValueFrequencyMessages.colAverageOrder, ValueFrequencyMessages.colDealsPerCustomer), rows));

        String conclusion = NLS.bind(ValueFrequencyMessages.conclusion, new Object[] { count[1], drawn, Figures.money(valueSplit),
                Figures.oneDecimal(frequencySplit), Figures.percent(segmentRevenue[1], total) });
        String diagnosis = NLS.bind(ValueFrequencyMessages.diagnosis, new Object[] { count[0], Figures.percent(segmentRevenue[0], total), count[2], count[3],
                Figures.money(valueSplit), Figures.oneDecimal(frequencySplit), medians ? ValueFrequencyMessages.splitMedians : ValueFrequencyMessages.splitSettings });
        if (drawn < n) {
            diagnosis += " " + NLS.bind(ValueFrequencyMessages.diagnosisNoDeals, n - drawn);
        }
        String action = NLS.bind(ValueFrequencyMessages.action, new Object[] { count[1], count[2], count[0] });
        return result.conclusion(conclusion, diagnosis, action).build();
    }

    /** A segment's row: high value and frequency, high value only, high frequency only, neither. */
    static int segment(boolean highValue, boolean highFrequency) {
        return highValue ? (highFrequency ? 0 : 1) : (highFrequency ? 2 : 3);
    }

    /** The middle value, or the mean of the two middle values of an even count. */
    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
