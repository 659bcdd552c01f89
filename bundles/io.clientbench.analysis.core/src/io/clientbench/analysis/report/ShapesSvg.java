package io.clientbench.analysis.report;

import java.util.List;
import java.util.Locale;

import io.clientbench.analysis.AnalysisResult.Gauge;
import io.clientbench.analysis.AnalysisResult.Heatmap;
import io.clientbench.analysis.AnalysisResult.Pie;
import io.clientbench.analysis.AnalysisResult.Scatter;

/** The SVG of a scatter, a heatmap, a gauge and a pie, in {@link SeriesSvg}'s size, fonts and colours. */
final class ShapesSvg {

    private static final int W = SeriesSvg.WIDTH, H = SeriesSvg.HEIGHT;
    private static final String INK = "#333333", GRID = "#dddddd", FILL = "#2f6fb2", SPLIT = "#999999";

    private ShapesSvg() {
    }

    static String scatter(Scatter scatter) {
        int left = 80, right = 20, top = 40, bottom = 60;
        double plotW = W - left - right, plotH = H - top - bottom;
        double xTop = SeriesSvg.niceCeiling(Math.max(1, max(scatter.xs(), scatter.xSplit())));
        double yTop = SeriesSvg.niceCeiling(Math.max(1, max(scatter.ys(), scatter.ySplit())));
        StringBuilder svg = start(scatter.name());
        for (int i = 0; i <= 5; i++) {
            double y = top + plotH - plotH * i / 5, x = left + plotW * i / 5;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", left, y, left + plotW, y, GRID));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", x, top, x, top + plotH, GRID));
            text(svg, left - 6, y + 4, "end", 11, number(yTop * i / 5));
            text(svg, x, top + plotH + 16, "middle", 11, number(xTop * i / 5));
        }
        axes(svg, left, top, plotW, plotH);
        if (!Double.isNaN(scatter.xSplit())) {
            double x = left + plotW * scatter.xSplit() / xTop;
            svg.append(String.format(Locale.ROOT, "<line class=\"split\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"6 4\"/>\n", x, top, x,
                    top + plotH, SPLIT));
        }
        if (!Double.isNaN(scatter.ySplit())) {
            double y = top + plotH - plotH * scatter.ySplit() / yTop;
            svg.append(String.format(Locale.ROOT, "<line class=\"split\" x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"6 4\"/>\n", left, y,
                    left + plotW, y, SPLIT));
        }
        for (int i = 0; i < scatter.xs().size(); i++) {
            double x = left + plotW * scatter.xs().get(i) / xTop, y = top + plotH - plotH * scatter.ys().get(i) / yTop;
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\" fill-opacity=\"0.7\"/>\n", x, y, FILL));
        }
        text(svg, left + plotW / 2, H - 18, "middle", 12, scatter.xTitle());
        yTitle(svg, top + plotH / 2, scatter.yTitle());
        return svg.append("</svg>\n").toString();
    }

    static String heatmap(Heatmap map) {
        int left = 140, right = 110, top = 76, bottom = 20;
        int rows = map.rows().size(), columns = map.columns().size();
        double cellW = (W - left - right) / (double) Math.max(1, columns), cellH = Math.min(80, (H - top - bottom) / (double) Math.max(1, rows));
        StringBuilder svg = start(map.name());
        text(svg, left + cellW * columns / 2, 46, "middle", 12, map.columnTitle());
        text(svg, 12, 66, "start", 12, map.rowTitle());
        for (int c = 0; c < columns; c++) {
            text(svg, left + cellW * c + cellW / 2, top - 8, "middle", 11, map.columns().get(c));
        }
        for (int r = 0; r < rows; r++) {
            double y = top + cellH * r;
            text(svg, left - 8, y + cellH / 2 + 4, "end", 11, map.rows().get(r));
            for (int c = 0; c < columns; c++) {
                Double value = map.values().get(r).get(c);
                int rgb = value == null ? 0xffffff : ChartColours.heat(value, map.min(), map.max());
                svg.append(String.format(Locale.ROOT, "<rect class=\"cell\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"white\"/>\n",
                        left + cellW * c, y, cellW, cellH, ChartColours.hex(rgb)));
                String label = value == null ? "\u2013" : number(value);
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" fill=\"%s\">%s</text>\n", left + cellW * c + cellW / 2,
                        y + cellH / 2 + 4, value != null && ChartColours.dark(rgb) ? "white" : INK, SeriesSvg.escape(label)));
            }
        }
        // the colour scale: a column of steps from max (top) to min, its ends labelled
        double scaleX = W - right + 24, scaleH = Math.max(cellH * rows, 100);
        for (int i = 0; i < 10; i++) {
            double value = map.max() - (map.max() - map.min()) * (i + 0.5) / 10;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"16\" height=\"%.1f\" fill=\"%s\"/>\n", scaleX, top + scaleH * i / 10, scaleH / 10 + 0.5,
                    ChartColours.hex(ChartColours.heat(value, map.min(), map.max()))));
        }
        text(svg, scaleX + 22, top + 10, "start", 11, number(map.max()));
        text(svg, scaleX + 22, top + scaleH, "start", 11, number(map.min()));
        text(svg, scaleX + 8, top - 8, "middle", 11, map.valueTitle());
        return svg.append("</svg>\n").toString();
    }

    static String gauge(Gauge gauge) {
        double cx = W / 2.0, cy = 300, radius = 190;
        StringBuilder svg = start(gauge.name());
        List<Double> edges = new java.util.ArrayList<>();
        edges.add(gauge.min());
        edges.addAll(gauge.limits());
        edges.add(gauge.max());
        int bands = gauge.bandNames().size();
        for (int b = 0; b < bands; b++) {
            double[] from = point(gauge, edges.get(b), cx, cy, radius), to = point(gauge, edges.get(b + 1), cx, cy, radius);
            svg.append(String.format(Locale.ROOT, "<path class=\"band\" d=\"M %.1f %.1f A %.1f %.1f 0 0 1 %.1f %.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"36\"/>\n", from[0],
                    from[1], radius, radius, to[0], to[1], ChartColours.hex(ChartColours.band(b, bands))));
            double[] mid = point(gauge, (edges.get(b) + edges.get(b + 1)) / 2, cx, cy, radius + 34);
            text(svg, mid[0], mid[1] + 4, "middle", 11, gauge.bandNames().get(b));
        }
        for (Double edge : edges) {
            double[] at = point(gauge, edge, cx, cy, radius - 30);
            text(svg, at[0], at[1] + 4, "middle", 11, number(edge));
        }
        double value = Math.max(gauge.min(), Math.min(gauge.max(), gauge.value()));
        double[] tip = point(gauge, value, cx, cy, radius - 10);
        svg.append(String.format(Locale.ROOT, "<line class=\"needle\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"4\" stroke-linecap=\"round\"/>\n", cx,
                cy, tip[0], tip[1], INK));
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"8\" fill=\"%s\"/>\n", cx, cy, INK));
        text(svg, cx, cy + 50, "middle", 28, gauge.valueText());
        return svg.append("</svg>\n").toString();
    }

    static String pie(Pie pie) {
        double cx = 200, cy = 236, radius = 160;
        StringBuilder svg = start(pie.name());
        int n = pie.values().size();
        double from = 0;
        for (int i = 0; i < n; i++) {
            double share = pie.share(i) / 100;
            String fill = ChartColours.hex(sliceColour(pie, i));
            if (share >= 0.999999) {
                svg.append(String.format(Locale.ROOT, "<circle class=\"slice\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"white\"/>\n", cx, cy, radius, fill));
            } else if (share > 0) {
                double[] a = slicePoint(from, cx, cy, radius), b = slicePoint(from + share, cx, cy, radius);
                svg.append(String.format(Locale.ROOT, "<path class=\"slice\" d=\"M %.1f %.1f L %.1f %.1f A %.1f %.1f 0 %d 1 %.1f %.1f Z\" fill=\"%s\" stroke=\"white\"/>\n", cx, cy,
                        a[0], a[1], radius, radius, share > 0.5 ? 1 : 0, b[0], b[1], fill));
            }
            from += share;
        }
        // the legend beside the pie: a swatch, the label (shortened to its column) and the share right-aligned
        double row = 26, x = 400, top = cy - row * n / 2;
        for (int i = 0; i < n; i++) {
            double y = top + row * i;
            svg.append(String.format(Locale.ROOT, "<rect class=\"swatch\" x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"14\" fill=\"%s\"/>\n", x, y, ChartColours.hex(sliceColour(pie, i))));
            text(svg, x + 22, y + 12, "start", 12, shorten(pie.labels().get(i), W - 20 - 64 - (x + 22)));
            text(svg, W - 20, y + 12, "end", 12, String.format(Locale.ROOT, "%.1f%%", pie.share(i)));
        }
        return svg.append("</svg>\n").toString();
    }

    /** A pie slice's colour: the palette's by position, grey for the merged rest. */
    static int sliceColour(Pie pie, int i) {
        return pie.lastIsOther() && i == pie.values().size() - 1 ? ChartColours.OTHER_SLICE : ChartColours.slice(i);
    }

    /** The point on the pie's rim a fraction of the full turn clockwise from 12 o'clock. */
    static double[] slicePoint(double turn, double cx, double cy, double radius) {
        double angle = 2 * Math.PI * turn;
        return new double[] { cx + radius * Math.sin(angle), cy - radius * Math.cos(angle) };
    }

    /** A label cut with an ellipsis to about {@code width} px at 12 px (CJK characters count full, others about 7 px). */
    static String shorten(String label, double width) {
        double used = 0;
        for (int i = 0; i < label.length(); i++) {
            used += label.charAt(i) >= 0x2e80 ? 12 : 7;
            if (used > width) {
                return label.substring(0, Math.max(0, i - 1)) + "\u2026";
            }
        }
        return label;
    }

    /** Where a value sits on the gauge's half circle: min on the left, max on the right. */
    static double[] point(Gauge gauge, double value, double cx, double cy, double radius) {
        double angle = Math.PI * (1 - (value - gauge.min()) / (gauge.max() - gauge.min()));
        return new double[] { cx + radius * Math.cos(angle), cy - radius * Math.sin(angle) };
    }

    private static StringBuilder start(String title) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(svg, W / 2.0, 24, "middle", 15, title);
        return svg;
    }

    private static void axes(StringBuilder svg, int left, int top, double plotW, double plotH) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>\n", left, top, left, top + plotH, INK));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", left, top + plotH, left + plotW, top + plotH, INK));
    }

    private static void yTitle(StringBuilder svg, double y, String title) {
        svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\" transform=\"rotate(-90 16 %.1f)\">%s</text>\n", y, INK, y,
                SeriesSvg.escape(title)));
    }

    private static double max(List<Double> values, double split) {
        double max = values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).max().orElse(0);
        return Double.isNaN(split) ? max : Math.max(max, split);
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, int size, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\">", x, y, anchor, size, INK))
                .append(SeriesSvg.escape(text)).append("</text>\n");
    }
}
