package io.clientbench.analysis.ui.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.clientbench.analysis.AnalysisResult.Scatter;
import io.clientbench.analysis.report.SeriesSvg;
import io.clientbench.ui.WidgetIds;

/**
 * A scatter as an SWTChart line series without a line (a dot per point), axes from 0 titled by the result, the
 * quadrant lines dashed over the plot, and the PNG (the chart's bitmap) and SVG ({@link SeriesSvg}) exports.
 */
final class ScatterPanel {

    private static final Color BLUE = new Color(47, 111, 178);
    private static final Color SPLIT = new Color(150, 150, 150);
    private final Scatter scatter;
    private final Chart chart;

    ScatterPanel(Composite parent, FormToolkit toolkit, Scatter scatter, Exporter exporter) {
        this.scatter = scatter;
        Composite panel = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 4).applyTo(panel);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(panel);
        chart = new Chart(panel, SWT.NONE);
        chart.setData(WidgetIds.KEY, WidgetIds.ANALYSIS_CHART_PREFIX + scatter.id());
        chart.setBackground(panel.getBackground());
        chart.getTitle().setText(scatter.name());
        chart.getLegend().setVisible(false);
        Color ink = panel.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
        chart.getTitle().setForeground(ink);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(ink);
            axis.getTitle().setForeground(ink);
        }
        IAxis x = chart.getAxisSet().getXAxis(0), y = chart.getAxisSet().getYAxis(0);
        x.getTitle().setText(scatter.xTitle());
        y.getTitle().setText(scatter.yTitle());
        ILineSeries<?> points = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, scatter.id());
        points.setLineStyle(LineStyle.NONE);
        points.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
        points.setSymbolColor(BLUE);
        points.setSymbolSize(4);
        double[] xs = scatter.xs().stream().mapToDouble(Double::doubleValue).toArray();
        double[] ys = scatter.ys().stream().mapToDouble(Double::doubleValue).toArray();
        points.setXSeries(xs);
        points.setYSeries(ys);
        // from 0 with a margin, so that the dots on the largest values are not cut by the frame
        x.setRange(new Range(0, top(xs, scatter.xSplit())));
        y.setRange(new Range(0, top(ys, scatter.ySplit())));
        if (scatter.xs().stream().allMatch(v -> v == Math.rint(v))) {
            // counts (deals) read as whole numbers: a tick step hint of at least one unit's width keeps SWTChart's
            // steps at 1, 2, 5… instead of 0.5
            Control plot = chart.getPlotArea().getControl();
            plot.addListener(SWT.Resize, e -> {
                double range = x.getRange().upper - x.getRange().lower;
                int hint = (int) Math.max(64, Math.ceil(plot.getSize().x / Math.max(range, 1e-9)));
                if (plot.getSize().x > 0 && hint != x.getTick().getTickMarkStepHint()) {
                    x.getTick().setTickMarkStepHint(hint);
                }
            });
        }
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(org.eclipse.swt.events.PaintEvent e) {
                e.gc.setForeground(SPLIT);
                e.gc.setLineStyle(SWT.LINE_DASH);
                if (!Double.isNaN(scatter.xSplit())) {
                    int at = x.getPixelCoordinate(scatter.xSplit());
                    e.gc.drawLine(at, 0, at, e.height > 0 ? e.height : chart.getPlotArea().getSize().y);
                }
                if (!Double.isNaN(scatter.ySplit())) {
                    int at = y.getPixelCoordinate(scatter.ySplit());
                    e.gc.drawLine(0, at, chart.getPlotArea().getSize().x, at);
                }
                e.gc.setLineStyle(SWT.LINE_SOLID);
            }

            @Override
            public boolean drawBehindSeries() {
                return true;
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).span(1, 3).hint(420, 280).applyTo(chart);
        exporter.button(panel, AnalysisUiMessages.export_png, WidgetIds.ANALYSIS_EXPORT_PNG_PREFIX + scatter.id(), scatter.id() + ".png", "*.png",
                this::savePng);
        exporter.button(panel, AnalysisUiMessages.export_svg, WidgetIds.ANALYSIS_EXPORT_SVG_PREFIX + scatter.id(), scatter.id() + ".svg", "*.svg",
                file -> Files.writeString(file, SeriesSvg.of(scatter), StandardCharsets.UTF_8));
    }

    private static double top(double[] values, double split) {
        double max = java.util.Arrays.stream(values).max().orElse(0);
        return Math.max(1, (Double.isNaN(split) ? max : Math.max(max, split)) * 1.08);
    }

    Chart chart() {
        return chart;
    }

    Scatter scatter() {
        return scatter;
    }

    private void savePng(Path file) {
        ChartPanel.savePng(chart, file);
    }
}
