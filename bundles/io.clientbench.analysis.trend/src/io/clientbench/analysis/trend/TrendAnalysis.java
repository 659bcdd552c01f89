package io.clientbench.analysis.trend;

import java.time.LocalDate;
import java.time.YearMonth;
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
 * Sheet 2's spend trend (the line chart): the revenue (sum of deal amounts) and the number of deals per calendar month
 * over the last {@code months} complete months before the analysis date — the month of the analysis date counts only
 * when the date is its last day, so that a month half gone does not read as a fall. Every deal with a date counts,
 * whoever owns it; a deal without an amount counts as a deal but adds no revenue.
 * <p>
 * The conclusion gives the last month's change on the month before; the direction is the least-squares slope of the
 * monthly revenue over the whole window: rising or falling when it moves by at least {@value #FLAT_PERCENT}% of an
 * average month per month, flat otherwise.
 */
public class TrendAnalysis implements Analysis {

    public static final String TABLE_MONTHS = "months", SERIES_REVENUE = "revenue";
    public static final String RISING = "rising", FALLING = "falling", FLAT = "flat";
    /** Below this slope (% of the average month, per month) the trend is flat. */
    static final double FLAT_PERCENT = 1;
    /** A longer window is cut to this (100 years of months): a typo must not allocate millions of months. */
    static final int MAX_MONTHS = 1200;

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        LocalDate asOf = parameters.date("analysisDate");
        int m = (int) Math.max(1, Math.min(MAX_MONTHS, parameters.integer("months")));
        YearMonth last = asOf.equals(YearMonth.from(asOf).atEndOfMonth()) ? YearMonth.from(asOf) : YearMonth.from(asOf).minusMonths(1);
        YearMonth first = last.minusMonths(m - 1L);
        // month i covers the epoch days [start[i], start[i + 1])
        int[] start = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            start[i] = Math.toIntExact(first.plusMonths(i).atDay(1).toEpochDay());
        }
        DataTable deals = dataset.table("Deal");
        int[] days = deals.dates("date");
        double[] amounts = deals.numbers("amount");
        double[] revenue = new double[m];
        int[] count = new int[m];
        for (int d = 0, size = deals.size(); d < size; d++) {
            int day = days[d];
            if (day == DataTable.NO_DATE || day < start[0] || day >= start[m]) {
                continue;
            }
            int i = java.util.Arrays.binarySearch(start, day);
            i = i >= 0 ? i : -i - 2;
            count[i]++;
            if (!Double.isNaN(amounts[d])) {
                revenue[i] += amounts[d];
            }
        }

        List<String> labels = new ArrayList<>(m);
        List<Double> values = new ArrayList<>(m);
        List<List<Object>> rows = new ArrayList<>(m);
        double total = 0;
        int deals0 = 0, emptyMonths = 0;
        for (int i = 0; i < m; i++) {
            String month = first.plusMonths(i).toString();
            labels.add(month);
            values.add(Figures.twoDecimals(revenue[i]));
            rows.add(List.of(month, Figures.twoDecimals(revenue[i]), count[i]));
            total += revenue[i];
            deals0 += count[i];
            if (count[i] == 0) {
                emptyMonths++;
            }
        }
        AnalysisResult.Builder result = AnalysisResult.builder()
                .table(new AnalysisResult.Table(TABLE_MONTHS, TrendMessages.tableMonths, List.of(TrendMessages.colMonth, TrendMessages.colRevenue,
                        TrendMessages.colDeals), rows))
                .series(new AnalysisResult.Series(SERIES_REVENUE, TrendMessages.seriesRevenue, labels, values));
        String lastLabel = last.toString();
        if (deals0 == 0) {
            return result.conclusion(NLS.bind(TrendMessages.empty, m, lastLabel), "", TrendMessages.actionEmpty).build();
        }
        double average = total / m;
        double slope = slope(revenue);
        double relative = average == 0 ? 0 : slope * 100 / average;
        String direction = direction(revenue);
        String slopeText = (slope > 0 ? "+" : "") + Figures.money(slope);
        String directionText = switch (direction) {
            case RISING -> TrendMessages.directionRising;
            case FALLING -> TrendMessages.directionFalling;
            default -> TrendMessages.directionFlat;
        };
        String conclusion;
        if (m == 1) {
            conclusion = NLS.bind(TrendMessages.conclusionOneMonth, new Object[] { lastLabel, Figures.money(revenue[0]), count[0] });
        } else {
            double now = revenue[m - 1], before = revenue[m - 2];
            String previous = last.minusMonths(1).toString();
            if (before == 0 && now > 0) {
                conclusion = NLS.bind(TrendMessages.conclusionFromNothing, new Object[] { lastLabel, Figures.money(now), previous, m, directionText, slopeText });
            } else {
                double change = before == 0 ? 0 : (now - before) * 100 / before;
                conclusion = NLS.bind(TrendMessages.conclusion, new Object[] { lastLabel, Figures.money(now), change < 0 ? TrendMessages.down : TrendMessages.up,
                        Figures.oneDecimal(Math.abs(change)), previous, Figures.money(before), m, directionText, slopeText });
            }
        }
        String diagnosis = switch (direction) {
            case RISING -> NLS.bind(TrendMessages.diagnosisRising, Figures.money(slope), Figures.oneDecimal(relative));
            case FALLING -> NLS.bind(TrendMessages.diagnosisFalling, Figures.money(-slope), Figures.oneDecimal(-relative));
            default -> NLS.bind(TrendMessages.diagnosisFlat, Figures.oneDecimal(relative));
        };
        if (emptyMonths > 0) {
            diagnosis += " " + NLS.bind(TrendMessages.diagnosisEmptyMonths, emptyMonths, m);
        }
        String action = switch (direction) {
            case RISING -> TrendMessages.actionRising;
            case FALLING -> TrendMessages.actionFalling;
            default -> TrendMessages.actionFlat;
        };
        return result.conclusion(conclusion, diagnosis, action).build();
    }

    /** The least-squares slope of the values against their index (per month); 0 for fewer than two. */
    static double slope(double[] values) {
        int m = values.length;
        if (m < 2) {
            return 0;
        }
        double meanX = (m - 1) / 2.0, meanY = 0;
        for (double v : values) {
            meanY += v;
        }
        meanY /= m;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < m; i++) {
            sxy += (i - meanX) * (values[i] - meanY);
            sxx += (i - meanX) * (i - meanX);
        }
        return sxy / sxx;
    }

    /** {@link #RISING}, {@link #FALLING} or {@link #FLAT}: the slope against {@value #FLAT_PERCENT}% of the average month. */
    static String direction(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double relative = mean == 0 ? 0 : slope(values) * 100 / mean;
        return relative >= FLAT_PERCENT ? RISING : relative <= -FLAT_PERCENT ? FALLING : FLAT;
    }
}
