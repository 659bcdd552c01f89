package io.clientbench.analysis.ui.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.clientbench.ui.WidgetIds;

/**
 * A result part SWTChart cannot draw (a heatmap, a gauge, a pie) as a canvas painted by a {@link Drawing}, with the same PNG
 * (the drawing on an image of the canvas's size) and SVG exports as the charts. The part itself is kept on the canvas
 * under {@link #PART_KEY}, so that a test compares what is shown with what the analysis computed.
 */
final class ShapePanel {

    /** The data key under which the canvas holds the result part it draws. */
    static final String PART_KEY = "io.clientbench.analysis.part";

    /** Paints a part into an area of the given size, on screen and into the PNG alike. */
    interface Drawing {
        /** Draws on {@code gc}, which comes antialiased with the widget foreground ({@link #ink}) as its colour. */
        void draw(GC gc, int width, int height);
    }

    /** The colour drawings write and line in. */
    static Color ink(GC gc) {
        return gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
    }

    /** Prepares the GC the same way on the screen and for the PNG, then draws. */
    private void draw(GC gc, int width, int height) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setForeground(ink(gc));
        drawing.draw(gc, width, height);
    }

    private final Canvas canvas;

    /**
     * Writes a title centred at the top as SWTChart writes its charts' (bold, a little larger than the text), so that
     * a canvas beside a chart looks one of them; returns its height.
     */
    static int title(GC gc, String text, int width) {
        org.eclipse.swt.graphics.FontData[] data = org.eclipse.jface.resource.JFaceResources.getDefaultFont().getFontData();
        for (org.eclipse.swt.graphics.FontData d : data) {
            d.setHeight(d.getHeight() + 3);
            d.setStyle(SWT.BOLD);
        }
        org.eclipse.swt.graphics.Font font = new org.eclipse.swt.graphics.Font(gc.getDevice(), data);
        try {
            gc.setFont(font);
            Point extent = gc.textExtent(text);
            gc.drawText(text, Math.max(0, (width - extent.x) / 2), 6, true);
            return extent.y + 6;
        } finally {
            gc.setFont(org.eclipse.jface.resource.JFaceResources.getDefaultFont());
            font.dispose();
        }
    }
    private final Drawing drawing;

    ShapePanel(Composite parent, FormToolkit toolkit, String id, Object part, Drawing drawing, Supplier<String> svg, Exporter exporter) {
        this.drawing = drawing;
        Composite panel = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 4).applyTo(panel);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(panel);
        canvas = new Canvas(panel, SWT.DOUBLE_BUFFERED);
        canvas.setData(WidgetIds.KEY, WidgetIds.ANALYSIS_CHART_PREFIX + id);
        canvas.setData(PART_KEY, part);
        canvas.setBackground(panel.getBackground());
        canvas.addPaintListener(e -> {
            Point size = canvas.getSize();
            e.gc.setBackground(canvas.getParent().getBackground()); // the form's white: the theme greys a plain canvas
            e.gc.fillRectangle(0, 0, size.x, size.y);
            draw(e.gc, size.x, size.y);
        });
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        GridDataFactory.fillDefaults().grab(true, false).span(1, 3).hint(420, 280).applyTo(canvas);
        exporter.button(panel, AnalysisUiMessages.export_png, WidgetIds.ANALYSIS_EXPORT_PNG_PREFIX + id, id + ".png", "*.png", this::savePng);
        exporter.button(panel, AnalysisUiMessages.export_svg, WidgetIds.ANALYSIS_EXPORT_SVG_PREFIX + id, id + ".svg", "*.svg",
                file -> Files.writeString(file, svg.get(), StandardCharsets.UTF_8));
    }

    private void savePng(Path file) {
        Point size = canvas.getSize();
        int width = Math.max(size.x, 420), height = Math.max(size.y, 280);
        Image image = new Image(canvas.getDisplay(), width, height);
        GC gc = new GC(image);
        try {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, width, height);
            gc.setFont(canvas.getFont());
            draw(gc, width, height);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }
}
