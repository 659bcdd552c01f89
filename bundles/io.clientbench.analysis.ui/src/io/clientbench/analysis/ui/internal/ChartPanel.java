package io.clientbench.analysis.ui.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.clientbench.analysis.AnalysisResult.Series;
import io.clientbench.analysis.AnalysisResult.Table;
import io.clientbench.analysis.report.ChartShape;
import io.clientbench.analysis.report.SeriesSvg;
import io.clientbench.ui.WidgetIds;

/**
 * One result series as an SWTChart chart — bars for categories, a line along an ordered axis ({@link ChartShape}) —
 * with its axes labelled, and its PNG (the chart's own bitmap) and SVG ({@link SeriesSvg}) exports.
 */
final class ChartPanel {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?\\s*%?");
    private static final Color BLUE = new Color(47, 111, 178);

    private final Series series;
    private final ChartShape shape;
    /** About how many Latin characters of category labels fit side by side under a chart of the usual width. */
    private static final int LABEL_WIDTH_SIDE_BY_SIDE = 60;
    private static final int ROTATED_LABEL_WIDTH = 16;
    private final String xTitle;
    private final String yTitle;
    private final Chart chart;

    ChartPanel(Composite parent, FormToolkit toolkit, Series series, List<Table> tables, Exporter exporter) {
        this.series = series;
        this.shape = ChartShape.of(series);
        String[] titles = titles(series, tables);
        this.xTitle = titles[0];
        this.yTitle = titles[1];
        Composite panel = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 4).applyTo(panel);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(panel);

        chart = new Chart(panel, SWT.NONE);
        chart.setData(WidgetIds.KEY, WidgetIds.ANALYSIS_CHART_PREFIX + series.id());
        chart.setBackground(panel.getBackground());
        // an empty series (no customer had the data) says so rather than showing bare axes
        chart.getTitle().setText(series.values().isEmpty() ? series.name() + " \u2014 " + AnalysisUiMessages.chart_empty : series.name());
        chart.getLegend().setVisible(false);
        Color ink = panel.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND); // the chart's default blue looks foreign
        chart.getTitle().setForeground(ink);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(ink);
            axis.getTitle().setForeground(ink);
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        x.getTitle().setText(xTitle);
        y.getTitle().setText(yTitle);
        double[] values = series.values().stream().mapToDouble(v -> v == null || v.isNaN() ? 0 : v).toArray();
        Range xRange = null;
        boolean numericAxis = shape == ChartShape.LINE && series.labels().stream().allMatch(l -> NUMBER.matcher(l.trim()).matches());
        if (shape == ChartShape.BAR) {
            categories(x, series.labels());
            IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, series.id());
            bars.setBarColor(BLUE);
            bars.setBarPadding(35);
            bars.getLabel().setVisible(true);
            bars.getLabel().setFormat("#,##0.#");
            bars.setYSeries(values);
        } else {
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, series.id());
            line.setLineColor(BLUE);
            line.setLineWidth(2);
            line.setLineStyle(LineStyle.SOLID);
            line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
            if (numericAxis) { // the labels are the x values (the Pareto curve's 0%…100%)
                double[] xs = series.labels().stream().mapToDouble(l -> Double.parseDouble(l.replace("%", "").trim())).toArray();
                line.setXSeries(xs);
                xRange = new Range(java.util.Arrays.stream(xs).min().orElse(0), java.util.Arrays.stream(xs).max().orElse(1));
            } else {
                categories(x, series.labels());
            }
            line.setYSeries(values);
        }
        chart.getAxisSet().adjustRange();
        if (xRange != null && xRange.upper > xRange.lower) {
            x.setRange(xRange); // adjustRange pads a line chart's x axis far beyond its data
        }
        double max = java.util.Arrays.stream(values).max().orElse(0);
        double min = Math.min(0, java.util.Arrays.stream(values).min().orElse(0));
        y.setRange(new Range(min, Math.max(1, max) * 1.15)); // from zero, with room for the bar labels
        GridDataFactory.fillDefaults().grab(true, false).span(1, 3).hint(420, 280).applyTo(chart);

        exporter.button(panel, AnalysisUiMessages.export_png, WidgetIds.ANALYSIS_EXPORT_PNG_PREFIX + series.id(), series.id() + ".png", "*.png",
                this::savePng);
        exporter.button(panel, AnalysisUiMessages.export_svg, WidgetIds.ANALYSIS_EXPORT_SVG_PREFIX + series.id(), series.id() + ".svg", "*.svg",
                this::saveSvg);
    }

    /**
     * The x axis as categories. Labels that would not fit side by side (24 months, long industry names) are written
     * at 45° and cut to the width of {@value #ROTATED_LABEL_WIDTH} Latin characters (a Chinese character counts
     * two), since overlapping labels garble the axis; the tables and the exports keep the whole labels.
     */
    private static void categories(IAxis x, List<String> labels) {
        x.enableCategory(true);
        int longest = labels.stream().mapToInt(ChartPanel::width).max().orElse(0);
        if (labels.size() * (longest + 2) <= LABEL_WIDTH_SIDE_BY_SIDE) {
            x.setCategorySeries(labels.toArray(String[]::new));
            return;
        }
        x.getTick().setTickLabelAngle(45);
        x.setCategorySeries(labels.stream().map(ChartPanel::cut).toArray(String[]::new));
    }

    /** A label's width in Latin characters: wide (CJK) characters count two. */
    private static int width(String label) {
        return label.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }

    private static String cut(String label) {
        if (width(label) <= ROTATED_LABEL_WIDTH) {
            return label;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int c : label.codePoints().toArray()) {
            int w = c >= 0x2E80 ? 2 : 1;
            if (used + w > ROTATED_LABEL_WIDTH - 1) {
                break;
            }
            out.appendCodePoint(c);
            used += w;
        }
        return out.append('\u2026').toString();
    }

    Chart chart() {
        return chart;
    }

    private void savePng(Path file) {
        savePng(chart, file);
    }

    /**
     * The chart's bitmap as PNG. SWTChart takes it with {@code Control.print}, after which GTK shows the plot area
     * (a double-buffered child painted without background) blank until something repaints it — scrolling only copies
     * the blank pixels — so a user who had exported a chart saw an empty plot (first noticed on the spend trend):
     * the plot area is repainted at once.
     */
    static void savePng(Chart chart, Path file) {
        try {
            chart.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            chart.getPlotArea().getControl().redraw();
            chart.redraw();
        }
    }

    private void saveSvg(Path file) throws java.io.IOException {
        Files.writeString(file, SeriesSvg.of(series, shape, series.name(), xTitle, yTitle), StandardCharsets.UTF_8);
    }

    /**
     * The axes' titles from the table that lists the series's labels in a column (RFM's "Grade") and its values in
     * another ("Customers"); without one, "share" for percentages, else "category" and the series's name.
     */
    private static String[] titles(Series series, List<Table> tables) {
        boolean percent = series.labels().stream().allMatch(l -> l.trim().endsWith("%"));
        String[] titles = { percent ? AnalysisUiMessages.axis_share : AnalysisUiMessages.axis_category, percent ? AnalysisUiMessages.axis_share : series.name() };
        for (Table table : tables) {
            for (int c = 0; c < table.columns().size(); c++) {
                List<String> cells = column(table, c);
                if (!cells.isEmpty() && cells.equals(series.labels())) {
                    titles[0] = table.columns().get(c);
                    for (int v = 0; v < table.columns().size(); v++) {
                        if (v != c && sameValues(table, v, series.values())) {
                            titles[1] = table.columns().get(v);
                            break;
                        }
                    }
                    return titles;
                }
            }
        }
        return titles;
    }

    private static List<String> column(Table table, int c) {
        return table.rows().stream().map(r -> c < r.size() && r.get(c) != null ? r.get(c).toString() : "").toList();
    }

    private static boolean sameValues(Table table, int c, List<Double> values) {
        for (int r = 0; r < values.size(); r++) {
            List<Object> row = table.rows().get(r);
            if (c >= row.size() || !(row.get(c) instanceof Number n) || Math.abs(n.doubleValue() - values.get(r)) > 1e-6) {
                return false;
            }
        }
        return true;
    }
}
