package io.clientbench.analysis.ui.internal;

import java.text.NumberFormat;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

import io.clientbench.analysis.AnalysisResult.Pie;
import io.clientbench.analysis.report.ChartColours;

/**
 * A pie on a GC: the title, the slices clockwise from 12 o'clock in {@link ChartColours#slice} (grey for the merged
 * rest), and beside it a legend row per slice (swatch, label shortened to fit, share in percent right-aligned), so
 * that no label lies on a slice or on another label however thin the slices.
 */
final class PieDrawing implements ShapePanel.Drawing {

    private final Pie pie;
    private final NumberFormat percent = NumberFormat.getNumberInstance();

    PieDrawing(Pie pie) {
        this.pie = pie;
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
    }

    @Override
    public void draw(GC gc, int width, int height) {
        Color ink = ShapePanel.ink(gc);
        int top = ShapePanel.title(gc, pie.name(), width) + 12;
        int n = pie.values().size();
        int line = gc.textExtent("Xg").y, row = Math.max(line + 6, 18), swatch = Math.min(12, line);
        int shareWidth = gc.textExtent(percent.format(100) + "%").x;
        int widest = 0;
        for (String label : pie.labels()) {
            widest = Math.max(widest, gc.textExtent(label).x);
        }
        // the pie takes what the legend leaves (the legend at most half the width, its labels shortened beyond that)
        int legendWidth = Math.min(swatch + 6 + widest + 12 + shareWidth, width / 2);
        int diameter = Math.max(60, Math.min(height - top - 12, width - legendWidth - 48));
        int px = 16, py = top + Math.max(0, (height - top - 12 - diameter) / 2);

        double from = 0;
        for (int i = 0; i < n; i++) {
            double share = pie.share(i) / 100;
            int start = (int) Math.round(90 - 360 * from), end = (int) Math.round(90 - 360 * (from + share));
            if (end != start) {
                gc.setBackground(HeatmapDrawing.color(colour(i)));
                gc.fillArc(px, py, diameter, diameter, start, end - start);
            }
            from += share;
        }
        // white edges between the slices, as the SVG's strokes
        if (n > 1) {
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
            int cx = px + diameter / 2, cy = py + diameter / 2, r = diameter / 2;
            from = 0;
            for (int i = 0; i < n; i++) {
                if (pie.share(i) > 0 && pie.share(i) < 100) {
                    double angle = 2 * Math.PI * from;
                    gc.drawLine(cx, cy, cx + (int) Math.round(r * Math.sin(angle)), cy - (int) Math.round(r * Math.cos(angle)));
                }
                from += pie.share(i) / 100;
            }
        }

        int lx = px + diameter + 32, right = width - 8;
        int ly = Math.max(top, py + diameter / 2 - row * n / 2);
        int labelWidth = right - lx - swatch - 6 - shareWidth - 12;
        gc.setForeground(ink);
        for (int i = 0; i < n; i++) {
            int y = ly + row * i;
            gc.setBackground(HeatmapDrawing.color(colour(i)));
            gc.fillRectangle(lx, y + (line - swatch) / 2, swatch, swatch);
            gc.drawText(fit(gc, pie.labels().get(i), labelWidth), lx + swatch + 6, y, true);
            String share = percent.format(pie.share(i)) + "%";
            gc.drawText(share, right - gc.textExtent(share).x, y, true);
        }
    }

    private int colour(int i) {
        return pie.lastIsOther() && i == pie.values().size() - 1 ? ChartColours.OTHER_SLICE : ChartColours.slice(i);
    }

    /** The label, cut with an ellipsis when it is wider than {@code width}. */
    static String fit(GC gc, String label, int width) {
        if (gc.textExtent(label).x <= width) {
            return label;
        }
        for (int end = label.length() - 1; end > 0; end--) {
            String cut = label.substring(0, end).stripTrailing() + "\u2026";
            if (gc.textExtent(cut).x <= width) {
                return cut;
            }
        }
        return "\u2026";
    }
}
