package io.clientbench.analysis.report;

import java.util.List;
import java.util.Locale;

import io.clientbench.analysis.AnalysisResult.Gauge;
import io.clientbench.analysis.AnalysisResult.Pie;
import io.clientbench.analysis.AnalysisResult.Heatmap;
import io.clientbench.analysis.AnalysisResult.Scatter;
import io.clientbench.analysis.AnalysisResult.Series;

/**
 * A chart series — and a scatter, heatmap, gauge or pie — as a small standalone SVG (SWTChart exports bitmaps only): a title, a y axis from 0 with five
 * gridlines, bars or a polyline by {@link ChartShape}, and the x labels, thinned so that they do not overlap. Text is
 * escaped and written in UTF-8 by the caller, so Chinese labels survive.
 */
public final class SeriesSvg {

    static final int WIDTH = 720, HEIGHT = 420;
    private static final int LEFT = 70, RIGHT = 20, TOP = 40, BOTTOM = 70;
    private static final String INK = "#333333", GRID = "#dddddd", FILL = "#2f6fb2";

    private SeriesSvg() {
    }

    /**
     * @param title  the chart's title (the series name if null)
     * @param xTitle the category axis title, may be empty
     * @param yTitle the value axis title, may be empty
     */
    public static String of(Series series, ChartShape shape, String title, String xTitle, String yTitle) {
        List<Double> values = series.values();
        double max = values.stream().mapToDouble(v -> v == null || v.isNaN() ? 0 : v).max().orElse(0);
        double min = Math.min(0, values.stream().mapToDouble(v -> v == null || v.isNaN() ? 0 : v).min().orElse(0));
        double top = niceCeiling(Math.max(max, min + 1));
        double plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(svg, WIDTH / 2.0, 24, "middle", 15, title == null ? series.name() : title);
        for (int i = 0; i <= 5; i++) {
            double value = min + (top - min) * i / 5, y = TOP + plotH - plotH * i / 5;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", LEFT, y, LEFT + plotW, y, GRID));
            text(svg, LEFT - 6, y + 4, "end", 11, number(value));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>\n", LEFT, TOP, LEFT, TOP + plotH, INK));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, INK));
        int n = values.size();
        double step = n == 0 ? plotW : plotW / n;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double value = values.get(i) == null || values.get(i).isNaN() ? 0 : values.get(i);
            double x = LEFT + step * i + step / 2;
            double y = TOP + plotH - plotH * (value - min) / (top - min);
            double zero = TOP + plotH - plotH * (0 - min) / (top - min);
            if (shape == ChartShape.BAR) {
                double w = step * 0.6;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>\n",
                        x - w / 2, Math.min(y, zero), w, Math.abs(zero - y), FILL, escape(series.labels().get(i)), number(value)));
                text(svg, x, Math.min(y, zero) - 4, "middle", 11, number(value));
            } else {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
        }
        if (shape == ChartShape.LINE && n > 0) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(FILL).append("\" stroke-width=\"2\" points=\"").append(points.toString().trim()).append("\"/>\n");
        }
        int every = Math.max(1, (int) Math.ceil(n / (plotW / 60))); // about 60 px per label
        for (int i = 0; i < n; i += every) {
            text(svg, LEFT + step * i + step / 2, TOP + plotH + 18, "middle", 11, series.labels().get(i));
        }
        text(svg, LEFT + plotW / 2, HEIGHT - 16, "middle", 12, xTitle);
        svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\" transform=\"rotate(-90 16 %.1f)\">%s</text>\n",
                TOP + plotH / 2, INK, TOP + plotH / 2, escape(yTitle)));
        return svg.append("</svg>\n").toString();
    }

    /** A scatter: a dot per point on axes from 0, the quadrant lines dashed. */
    public static String of(Scatter scatter) {
        return ShapesSvg.scatter(scatter);
    }

    /** A heatmap: a shaded cell per row and column with its value, and the colour scale. */
    public static String of(Heatmap heatmap) {
        return ShapesSvg.heatmap(heatmap);
    }

    /** A gauge: the bands on a half circle, the needle at the value and the value written below. */
    public static String of(Gauge gauge) {
        return ShapesSvg.gauge(gauge);
    }

    /** A pie: a slice per value from 12 o'clock clockwise, and a legend of the labels with their shares. */
    public static String of(Pie pie) {
        return ShapesSvg.pie(pie);
    }

    /** 1, 2 or 5 times a power of ten at or above the value, so gridlines fall on round numbers. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double factor : new double[] { 1, 2, 5, 10 }) {
            if (factor * power >= value) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, int size, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\">", x, y, anchor, size, INK))
                .append(escape(text)).append("</text>\n");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            default -> {
                if (c >= 0x20 || c == '\t') { // control characters are not allowed in XML 1.0
                    out.append(c);
                }
            }
            }
        }
        return out.toString();
    }
}
