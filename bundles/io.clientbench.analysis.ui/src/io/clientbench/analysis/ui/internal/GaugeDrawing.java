package io.clientbench.analysis.ui.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;

import io.clientbench.analysis.AnalysisResult.Gauge;
import io.clientbench.analysis.report.ChartColours;

/**
 * A gauge on a GC: the title, the scale as a half circle of coloured bands ({@link ChartColours#band}) with the band
 * names outside and the limits inside, the needle at the value, and the value written large under the hub.
 */
final class GaugeDrawing implements ShapePanel.Drawing {

    private static final int BAND_WIDTH = 26;
    private final Gauge gauge;
    private final NumberFormat numbers = NumberFormat.getNumberInstance();

    GaugeDrawing(Gauge gauge) {
        this.gauge = gauge;
        numbers.setMaximumFractionDigits(1);
    }

    @Override
    public void draw(GC gc, int width, int height) {
        Color ink = ShapePanel.ink(gc);
        Point title = new Point(0, ShapePanel.title(gc, gauge.name(), width));
        int line = gc.textExtent("Xg").y;
        int valueHeight = 2 * line + 8;
        int radius = Math.max(40, Math.min(width / 2 - 70, height - (4 + title.y + line + 16) - valueHeight));
        int cx = width / 2, cy = 4 + title.y + line + 16 + radius;

        List<Double> edges = new ArrayList<>();
        edges.add(gauge.min());
        edges.addAll(gauge.limits());
        edges.add(gauge.max());
        int bands = gauge.bandNames().size();
        int oldWidth = gc.getLineWidth(), oldCap = gc.getLineCap();
        gc.setLineWidth(BAND_WIDTH);
        gc.setLineCap(SWT.CAP_FLAT);
        int arc = radius - BAND_WIDTH / 2;
        for (int b = 0; b < bands; b++) {
            int from = (int) Math.round(angle(edges.get(b + 1))), to = (int) Math.round(angle(edges.get(b)));
            gc.setForeground(HeatmapDrawing.color(ChartColours.band(b, bands)));
            gc.drawArc(cx - arc, cy - arc, 2 * arc, 2 * arc, from, to - from);
        }
        gc.setLineWidth(oldWidth);
        gc.setLineCap(oldCap);
        gc.setForeground(ink);
        for (int b = 0; b < bands; b++) {
            String name = gauge.bandNames().get(b);
            double middle = angle((edges.get(b) + edges.get(b + 1)) / 2);
            place(gc, name, cx, cy, radius + 6, middle, line, true);
        }
        for (double edge : edges) {
            place(gc, numbers.format(edge), cx, cy, radius - BAND_WIDTH - 4, angle(edge), line, false);
        }
        double value = Math.max(gauge.min(), Math.min(gauge.max(), gauge.value()));
        double needle = Math.toRadians(angle(value));
        int tipX = cx + (int) Math.round((radius - BAND_WIDTH - 4) * Math.cos(needle)), tipY = cy - (int) Math.round((radius - BAND_WIDTH - 4) * Math.sin(needle));
        gc.setLineWidth(4);
        gc.setLineCap(SWT.CAP_ROUND);
        gc.drawLine(cx, cy, tipX, tipY);
        gc.setLineWidth(oldWidth);
        gc.setLineCap(oldCap);
        gc.setBackground(ink);
        gc.fillOval(cx - 7, cy - 7, 14, 14);

        FontData[] data = JFaceResources.getBannerFont().getFontData();
        for (FontData d : data) {
            d.setHeight(d.getHeight() * 2);
        }
        Font big = new Font(gc.getDevice(), data);
        try {
            gc.setFont(big);
            Point text = gc.textExtent(gauge.valueText());
            gc.drawText(gauge.valueText(), cx - text.x / 2, cy + 10, true);
        } finally {
            gc.setFont(JFaceResources.getDefaultFont());
            big.dispose();
        }
    }

    /** A value's angle in degrees on the half circle: min at 180 (left), max at 0 (right). */
    private double angle(double value) {
        return 180 * (1 - (value - gauge.min()) / (gauge.max() - gauge.min()));
    }

    /** Writes a text beside the point at that radius and angle, outward or inward so that it does not touch the arc. */
    private static void place(GC gc, String text, int cx, int cy, int radius, double degrees, int line, boolean outward) {
        Point extent = gc.textExtent(text);
        double rad = Math.toRadians(degrees);
        int side = outward ? 1 : -1;
        double x = cx + radius * Math.cos(rad) + side * Math.cos(rad) * extent.x / 2.0;
        double y = cy - radius * Math.sin(rad) - side * Math.sin(rad) * line / 2.0;
        gc.drawText(text, (int) Math.round(x - extent.x / 2.0), (int) Math.round(y - line / 2.0), true);
    }
}
