package io.clientbench.analysis.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import io.clientbench.analysis.AnalysisResult.Series;

/**
 * How a result part is drawn. A series's shape is read from its labels since the result does not say: labels along an
 * ordered axis (dates, months, numbers, percentages such as the Pareto curve's 0%…100%) or many points make a line; a
 * few named categories (grades, salespeople) make bars. The other parts say what they are: a
 * {@link io.clientbench.analysis.AnalysisResult.Scatter} is a {@link #SCATTER}, a
 * {@link io.clientbench.analysis.AnalysisResult.Heatmap} a {@link #HEATMAP}, a
 * {@link io.clientbench.analysis.AnalysisResult.Gauge} a {@link #GAUGE}, a {@link io.clientbench.analysis.AnalysisResult.Pie} a {@link #PIE}.
 */
public enum ChartShape {
    BAR, LINE, SCATTER, HEATMAP, GAUGE, PIE;

    /** More points than this are a curve whatever their labels: bars that thin carry no reading. */
    static final int MAX_BARS = 24;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?\\s*%?");

    public static ChartShape of(Series series) {
        List<String> labels = series.labels();
        if (labels.size() > MAX_BARS) {
            return LINE;
        }
        return labels.size() >= 3 && labels.stream().allMatch(ChartShape::isOrdered) ? LINE : BAR;
    }

    private static boolean isOrdered(String label) {
        String text = label == null ? "" : label.trim();
        if (NUMBER.matcher(text).matches()) {
            return true;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            // not a day: perhaps a month
        }
        try {
            YearMonth.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
