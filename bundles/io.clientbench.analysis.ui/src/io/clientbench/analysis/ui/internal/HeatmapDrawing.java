package io.clientbench.analysis.ui.internal;

import java.text.NumberFormat;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;

import io.clientbench.analysis.AnalysisResult.Heatmap;
import io.clientbench.analysis.report.ChartColours;

/**
 * A heatmap on a GC: the title, the column title over the column labels, the row labels (and their title) on the
 * left, a cell per value shaded on {@link ChartColours#heat} with the value written in it, and the colour scale with
 * its ends and title on the right. The layout follows the area's size, so the PNG matches the screen.
 */
final class HeatmapDrawing implements ShapePanel.Drawing {

    private final Heatmap map;
    private final NumberFormat numbers = NumberFormat.getNumberInstance();

    HeatmapDrawing(Heatmap map) {
        this.map = map;
        numbers.setMaximumFractionDigits(1);
    }

    @Override
    public void draw(GC gc, int width, int height) {
        Color ink = ShapePanel.ink(gc);
        Point title = new Point(0, ShapePanel.title(gc, map.name(), width));
        int line = gc.textExtent("Xg").y;

        int labelWidth = gc.textExtent(map.rowTitle()).x;
        for (String row : map.rows()) {
            labelWidth = Math.max(labelWidth, gc.textExtent(row).x);
        }
        int scaleWidth = Math.max(gc.textExtent(map.valueTitle()).x, 24 + Math.max(gc.textExtent(format(map.max())).x, gc.textExtent(format(map.min())).x)) + 12;
        int left = labelWidth + 16, right = scaleWidth + 12;
        int top = 4 + title.y + 8 + line + 6 + line + 6; // title, column title, column labels
        int columns = Math.max(1, map.columns().size()), rows = Math.max(1, map.rows().size());
        int cellWidth = Math.max(24, (width - left - right) / columns);
        int cellHeight = Math.max(line + 6, Math.min(56, (height - top - 8) / rows));

        int columnTitleY = 4 + title.y + 8;
        Point columnTitle = gc.textExtent(map.columnTitle());
        gc.drawText(map.columnTitle(), left + (cellWidth * columns - columnTitle.x) / 2, columnTitleY, true);
        gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        gc.drawText(map.rowTitle(), 4, columnTitleY + line + 6, true);
        gc.setFont(JFaceResources.getDefaultFont());
        for (int c = 0; c < map.columns().size(); c++) {
            String label = map.columns().get(c);
            gc.drawText(label, left + cellWidth * c + (cellWidth - gc.textExtent(label).x) / 2, columnTitleY + line + 6, true);
        }
        for (int r = 0; r < map.rows().size(); r++) {
            int y = top + cellHeight * r;
            String label = map.rows().get(r);
            gc.setForeground(ink);
            gc.drawText(label, left - 8 - gc.textExtent(label).x, y + (cellHeight - line) / 2, true);
            for (int c = 0; c < map.columns().size(); c++) {
                Double value = map.values().get(r).get(c);
                int rgb = value == null ? 0xffffff : ChartColours.heat(value, map.min(), map.max());
                gc.setBackground(color(rgb));
                gc.fillRectangle(left + cellWidth * c, y, cellWidth - 2, cellHeight - 2);
                String text = value == null ? "\u2013" : format(value);
                gc.setForeground(value != null && ChartColours.dark(rgb) ? gc.getDevice().getSystemColor(SWT.COLOR_WHITE) : ink);
                Point extent = gc.textExtent(text);
                gc.drawText(text, left + cellWidth * c + (cellWidth - 2 - extent.x) / 2, y + (cellHeight - 2 - extent.y) / 2, true);
            }
        }
        // the colour scale: max at the top, min at the bottom
        gc.setForeground(ink);
        int scaleX = left + cellWidth * columns + 16, scaleHeight = Math.max(cellHeight * rows - 2, 60);
        gc.drawText(map.valueTitle(), scaleX, columnTitleY + line + 6, true);
        for (int y = 0; y < scaleHeight; y++) {
            double value = map.max() - (map.max() - map.min()) * y / (double) Math.max(1, scaleHeight - 1);
            gc.setForeground(color(ChartColours.heat(value, map.min(), map.max())));
            gc.drawLine(scaleX, top + y, scaleX + 16, top + y);
        }
        gc.setForeground(ink);
        gc.drawRectangle(scaleX, top, 16, scaleHeight);
        gc.drawText(format(map.max()), scaleX + 22, top, true);
        gc.drawText(format(map.min()), scaleX + 22, top + scaleHeight - line, true);
    }

    private String format(double value) {
        return numbers.format(value);
    }

    static Color color(int rgb) {
        return new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }
}
