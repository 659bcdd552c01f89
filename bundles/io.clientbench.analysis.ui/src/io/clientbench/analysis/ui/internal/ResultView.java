package io.clientbench.analysis.ui.internal;

import java.nio.file.Files;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.AnalysisResult.Table;
import io.clientbench.analysis.report.SeriesSvg;
import io.clientbench.analysis.report.TableWorkbook;
import io.clientbench.ui.WidgetIds;

/**
 * An analysis result shown without knowing the analysis: the conclusion → diagnosis → action text first (what a
 * manager reads), then a chart per scatter, heatmap, gauge, pie and series, then each table as a JFace table with one XLSX export of them all.
 */
final class ResultView {

    /** A table's width with every column shown (Integer data): it is given that much, or what the editor has. */
    private static final String NATURAL_WIDTH = "io.clientbench.analysis.naturalWidth";

    private ResultView() {
    }

    static void create(Composite parent, FormToolkit toolkit, AnalysisResult result, Exporter exporter) {
        result.conclusion().ifPresent(conclusion -> {
            Composite client = section(parent, toolkit, AnalysisUiMessages.conclusion_section, 2);
            line(client, toolkit, AnalysisUiMessages.conclusion, conclusion.conclusion(), "conclusion");
            line(client, toolkit, AnalysisUiMessages.diagnosis, conclusion.diagnosis(), "diagnosis");
            line(client, toolkit, AnalysisUiMessages.action, conclusion.action(), "action");
        });
        int charts = result.scatters().size() + result.heatmaps().size() + result.gauges().size() + result.pies().size() + result.series().size();
        if (charts > 0) {
            // two charts side by side where there is room: RFM's grades beside its tags, a gauge beside its groups
            Composite client = section(parent, toolkit, AnalysisUiMessages.charts_section, Math.min(2, charts));
            GridLayoutFactory.fillDefaults().numColumns(Math.min(2, charts)).equalWidth(true).spacing(16, 8).applyTo(client);
            for (AnalysisResult.Scatter scatter : result.scatters()) {
                new ScatterPanel(client, toolkit, scatter, exporter);
            }
            for (AnalysisResult.Heatmap heatmap : result.heatmaps()) {
                new ShapePanel(client, toolkit, heatmap.id(), heatmap, new HeatmapDrawing(heatmap), () -> SeriesSvg.of(heatmap), exporter);
            }
            for (AnalysisResult.Gauge gauge : result.gauges()) {
                new ShapePanel(client, toolkit, gauge.id(), gauge, new GaugeDrawing(gauge), () -> SeriesSvg.of(gauge), exporter);
            }
            for (AnalysisResult.Pie pie : result.pies()) {
                new ShapePanel(client, toolkit, pie.id(), pie, new PieDrawing(pie), () -> SeriesSvg.of(pie), exporter);
            }
            for (AnalysisResult.Series series : result.series()) {
                new ChartPanel(client, toolkit, series, result.tables(), exporter);
            }
        }
        if (!result.tables().isEmpty()) {
            Composite client = section(parent, toolkit, AnalysisUiMessages.tables_section, 1);
            exporter.button(client, AnalysisUiMessages.export_xlsx, WidgetIds.ANALYSIS_EXPORT_XLSX, "analysis.xlsx", "*.xlsx", file -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    TableWorkbook.write(result.tables(), out);
                }
            });
            for (Table table : result.tables()) {
                table(client, toolkit, table);
            }
        }
    }

    private static Composite section(Composite parent, FormToolkit toolkit, String title, int columns) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.TWISTIE | Section.EXPANDED);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(columns).margins(4, 4).spacing(10, 6).applyTo(client);
        section.setClient(client);
        return client;
    }

    private static void line(Composite parent, FormToolkit toolkit, String caption, String text, String id) {
        Label label = toolkit.createLabel(parent, caption);
        label.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        Label value = toolkit.createLabel(parent, text == null ? "" : text, SWT.WRAP);
        value.setData(WidgetIds.KEY, WidgetIds.ANALYSIS_CONCLUSION + "." + id);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(value);
    }

    private static void table(Composite parent, FormToolkit toolkit, Table table) {
        Label title = toolkit.createLabel(parent, table.title());
        title.setFont(JFaceResources.getBannerFont());
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setData(WidgetIds.KEY, WidgetIds.ANALYSIS_TABLE_PREFIX + table.id());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        NumberFormat numbers = NumberFormat.getNumberInstance(Locale.getDefault());
        numbers.setMaximumFractionDigits(2);
        for (int c = 0; c < table.columns().size(); c++) {
            int column = c;
            boolean numeric = table.rows().stream().anyMatch(r -> column < r.size() && r.get(column) instanceof Number);
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, numeric ? SWT.RIGHT : SWT.LEFT);
            viewerColumn.getColumn().setText(table.columns().get(c));
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    List<?> row = (List<?>) element;
                    Object value = column < row.size() ? row.get(column) : null;
                    return value == null ? "" : value instanceof Number n ? numbers.format(n) : value.toString();
                }
            });
        }
        viewer.setInput(table.rows());
        for (var column : viewer.getTable().getColumns()) {
            column.pack();
            column.setWidth(Math.min(column.getWidth() + 16, 360));
        }
        // as wide as its columns (a stretched last column parts numbers from their labels); long tables (Pareto's core
        // customers) scroll inside their own frame rather than stretching the form
        int rows = Math.min(Math.max(table.rows().size(), 1), 12);
        int width = java.util.Arrays.stream(viewer.getTable().getColumns()).mapToInt(column -> column.getWidth()).sum() + 24;
        viewer.getTable().setData(NATURAL_WIDTH, width);
        GridDataFactory.fillDefaults().grab(false, false).align(SWT.BEGINNING, SWT.BEGINNING).hint(width, viewer.getTable().getHeaderHeight()
                + rows * viewer.getTable().getItemHeight() + 6).applyTo(viewer.getTable());
    }

    /**
     * Gives each result table its natural width or, when that is wider, the width there is, so that a wide roll-up
     * scrolls inside its own frame instead of widening the whole form (which would cut off its wrapped texts).
     * @return whether a table's width changed (the form then needs a reflow)
     */
    static boolean fitTables(Composite results, int available) {
        boolean changed = false;
        for (Control child : results.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Table table && table.getData(NATURAL_WIDTH) instanceof Integer natural
                    && table.getLayoutData() instanceof GridData data) {
                int width = Math.max(200, Math.min(natural, available));
                changed |= data.widthHint != width;
                data.widthHint = width;
            } else if (child instanceof Composite composite) {
                changed |= fitTables(composite, available);
            }
        }
        return changed;
    }
}
