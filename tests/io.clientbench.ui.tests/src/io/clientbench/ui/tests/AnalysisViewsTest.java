package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clientbench.analysis.AnalysisDescriptor;
import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.DatasetLoader;
import io.clientbench.analysis.dataset.DatasetSpec;
import io.clientbench.analysis.report.ChartColours;
import io.clientbench.analysis.report.GradeSnapshots;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.sampledata.SampleDataGenerator;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoredRecord;
import io.clientbench.tests.support.ScreenshotOnFailure;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.WidgetIds;

/**
 * Issue 6, acceptance 2: each built-in analysis opened from the Analyses view on generated data, run, its charts
 * showing the series the analysis computes on the same data, a chart exported as PNG and SVG and the tables as XLSX and
 * read back; a bad setting refused naming the parameter; RFM's grades written back to the customers.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AnalysisViewsTest {

    private static final List<String> BUILT_IN = List.of("io.clientbench.analysis.rfm", "io.clientbench.analysis.pareto",
            "io.clientbench.analysis.forecast", "io.clientbench.analysis.rollup", "io.clientbench.analysis.classification",
            "io.clientbench.analysis.distribution", "io.clientbench.analysis.trend", "io.clientbench.analysis.valuefrequency",
            "io.clientbench.analysis.complaints", "io.clientbench.analysis.nps");
    /** Where the analysis editor keeps the result part a heatmap or gauge canvas draws (ShapePanel.PART_KEY). */
    private static final String PART_KEY = "io.clientbench.analysis.part";
    private final UiRobot robot = new UiRobot();

    @Test
    void eachBuiltInAnalysisRunsInItsViewWithChartsExportsAndRfmGradesWrittenBack() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        AnalysisRegistry registry = WorkbenchFixture.service(AnalysisRegistry.class);
        List<Long> created = generate(records);

        Table list = AnalysisEditors.showList(robot, BUILT_IN.size());
        AnalysisEditors.select(robot, list, 0);
        Label details = robot.find(WidgetIds.ANALYSES_DETAILS, Label.class);
        AnalysisDescriptor first = robot.onUi(() -> (AnalysisDescriptor) list.getItem(0).getData());
        robot.waitUntil("the selected analysis described", () -> details.getText().startsWith(first.description()));
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("analyses-view"));
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        Path out = Path.of("target", "analysis-exports", WorkbenchFixture.language()).toAbsolutePath();
        Files.createDirectories(out);

        for (String id : BUILT_IN) {
            AnalysisDescriptor analysis = registry.analysis(id).orElseThrow();
            assertTrue(analysis.enabled(), id + ": " + analysis.status().reason());
            Button run = AnalysisEditors.open(robot, list, id);
            robot.runOnUi(() -> page.setPartState(page.getActivePartReference(), IWorkbenchPage.STATE_MAXIMIZED));
            if (id.endsWith("rfm")) {
                aBadSettingIsRefusedNamingTheParameter(analysis, run);
            }
            String name = id.substring(id.lastIndexOf('.') + 1);
            AnalysisEditors.pressRun(robot, run);
            AnalysisResult expected = expected(records, registry, analysis);
            String firstSeries = expected.series().get(0).id();
            robot.waitUntil(name + " computed", () -> robot.tryFind(WidgetIds.ANALYSIS_CHART_PREFIX + firstSeries).isPresent());
            for (AnalysisResult.Series series : expected.series()) {
                assertFalse(series.values().isEmpty(), name + "/" + series.id() + " has data to draw");
                Chart chart = robot.find(WidgetIds.ANALYSIS_CHART_PREFIX + series.id(), Chart.class);
                ISeries<?>[] shown = robot.onUi(() -> chart.getSeriesSet().getSeries());
                assertEquals(1, shown.length, name);
                assertEquals(series.id(), shown[0].getId(), name);
                double[] values = series.values().stream().mapToDouble(Double::doubleValue).toArray();
                assertTrue(Arrays.equals(values, robot.onUi(() -> shown[0].getYSeries())),
                        name + "/" + series.id() + ": " + Arrays.toString(values) + " vs " + Arrays.toString(robot.onUi(() -> shown[0].getYSeries())));
            }
            String conclusion = robot.onUi(robot.find(WidgetIds.ANALYSIS_CONCLUSION + ".conclusion", Label.class)::getText);
            assertEquals(expected.conclusion().orElseThrow().conclusion(), conclusion);
            if (id.endsWith("rfm")) {
                double total = expected.series("grades").orElseThrow().values().stream().mapToDouble(Double::doubleValue).sum();
                assertEquals(expected.scores().size(), (int) total, "every customer has a grade");
            }
            exportAndReadBack(name, firstSeries, expected, out);
            robot.pause(300);
            robot.runOnUi(() -> FormToolkit.ensureVisible(robot.find(WidgetIds.ANALYSIS_RUN, Button.class)));
            robot.pause(200);
            robot.screenshot(WorkbenchFixture.screenshot("analysis-" + name));
            AnalysisEditors.assertFitsWidth(robot, run, name);
            // after the exports (SWTChart prints the chart for its PNG, which left the spend trend's plot blank on screen)
            for (AnalysisResult.Series series : expected.series()) {
                assertTrue(plotColours(robot.find(WidgetIds.ANALYSIS_CHART_PREFIX + series.id(), Chart.class)) > 2,
                        name + "/" + series.id() + ": the plot area is drawn, not left blank");
            }
            shapesShownAndExported(name, expected, out);
            if (id.endsWith("rfm")) {
                gradesAreWrittenBack(records, expected, created);
            }
            robot.runOnUi(() -> page.closeAllEditors(false));
        }
    }

    /**
     * The scatter (SWTChart: its dots are the analysis's points), the heatmap, the gauge and the pie (canvases holding the
     * part they draw) as the analysis computed them, drawn (not blank), exported as PNG and SVG and read back.
     */
    private void shapesShownAndExported(String name, AnalysisResult expected, Path out) throws Exception {
        for (AnalysisResult.Scatter scatter : expected.scatters()) {
            Chart chart = robot.find(WidgetIds.ANALYSIS_CHART_PREFIX + scatter.id(), Chart.class);
            ISeries<?>[] shown = robot.onUi(() -> chart.getSeriesSet().getSeries());
            assertEquals(1, shown.length, name);
            assertTrue(Arrays.equals(scatter.xs().stream().mapToDouble(Double::doubleValue).toArray(), robot.onUi(() -> shown[0].getXSeries())), name + " x");
            assertTrue(Arrays.equals(scatter.ys().stream().mapToDouble(Double::doubleValue).toArray(), robot.onUi(() -> shown[0].getYSeries())), name + " y");
            exportShape(name, scatter.id(), out, -1);
            assertTrue(plotColours(chart) > 2, name + ": the scatter's plot area is drawn, also after its PNG export");
        }
        for (AnalysisResult.Heatmap heatmap : expected.heatmaps()) {
            Canvas canvas = robot.find(WidgetIds.ANALYSIS_CHART_PREFIX + heatmap.id(), Canvas.class);
            assertEquals(heatmap, robot.onUi(() -> canvas.getData(PART_KEY)), name + ": the heatmap shows what the analysis computed");
            assertTrue(robot.onUi(() -> colours(canvas, canvas.getBounds().width, canvas.getBounds().height)) > 5, name + ": the heatmap is drawn");
            // the first cell's shade is in the picture, as the scale gives it
            Double first = heatmap.values().get(0).get(0);
            exportShape(name, heatmap.id(), out, first == null ? -1 : ChartColours.heat(first, heatmap.min(), heatmap.max()));
        }
        for (AnalysisResult.Gauge gauge : expected.gauges()) {
            Canvas canvas = robot.find(WidgetIds.ANALYSIS_CHART_PREFIX + gauge.id(), Canvas.class);
            assertEquals(gauge, robot.onUi(() -> canvas.getData(PART_KEY)), name + ": the gauge shows what the analysis computed");
            assertTrue(robot.onUi(() -> colours(canvas, canvas.getBounds().width, canvas.getBounds().height)) > 5, name + ": the gauge is drawn");
            exportShape(name, gauge.id(), out, ChartColours.band(gauge.bandNames().size() - 1, gauge.bandNames().size()));
        }
        if (name.equals("distribution")) {
            assertEquals(1, expected.pies().size(), "the distribution shows its shares as a pie");
        }
        for (AnalysisResult.Pie pie : expected.pies()) {
            Canvas canvas = robot.find(WidgetIds.ANALYSIS_CHART_PREFIX + pie.id(), Canvas.class);
            assertEquals(pie, robot.onUi(() -> canvas.getData(PART_KEY)), name + ": the pie shows what the analysis computed");
            assertTrue(robot.onUi(() -> colours(canvas, canvas.getBounds().width, canvas.getBounds().height)) > 5, name + ": the pie is drawn");
            // the first slice's colour is in the picture
            exportShape(name, pie.id(), out, ChartColours.slice(0));
            String svg = Files.readString(out.resolve(name + "-" + pie.id() + ".svg"), StandardCharsets.UTF_8);
            assertEquals(pie.values().stream().filter(v -> v > 0).count(), svg.split("class=\"slice\"", -1).length - 1, name + ": a slice per share in the SVG");
        }
    }

    /** PNG and SVG of one part through its buttons; the PNG holds {@code colour} (0xRRGGBB) unless it is -1. */
    private void exportShape(String name, String id, Path out, int colour) throws Exception {
        Path png = out.resolve(name + "-" + id + ".png"), svg = out.resolve(name + "-" + id + ".svg");
        Files.deleteIfExists(png);
        Files.deleteIfExists(svg);
        press(WidgetIds.ANALYSIS_EXPORT_PNG_PREFIX + id, png);
        press(WidgetIds.ANALYSIS_EXPORT_SVG_PREFIX + id, svg);
        robot.waitUntil(name + "/" + id + " exported", () -> Files.isRegularFile(png) && Files.isRegularFile(svg));
        BufferedImage image = ImageIO.read(png.toFile());
        Set<Integer> rgbs = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                rgbs.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        assertTrue(rgbs.size() > 5, name + "/" + id + ": the PNG has a drawing");
        if (colour >= 0) {
            assertTrue(rgbs.contains(colour), name + "/" + id + String.format(": the PNG has the colour #%06x", colour));
        }
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg") && text.trim().endsWith("</svg>"), name + "/" + id);
    }

    /**
     * How many colours the plot area of a chart shows on screen: 1 when it is left blank. A chart outside the form's
     * visible part is scrolled into view first (a chart already in view is read as it is, without a repaint).
     */
    private int plotColours(Chart chart) {
        Control plot = robot.onUi(() -> chart.getPlotArea().getControl());
        boolean inView = robot.onUi(() -> {
            Control form = AnalysisEditors.formOf(plot);
            org.eclipse.swt.graphics.Rectangle visible = form.getDisplay().map(form, null, form.getBounds().width > 0 ? new org.eclipse.swt.graphics.Rectangle(0, 0,
                    form.getSize().x, form.getSize().y) : new org.eclipse.swt.graphics.Rectangle(0, 0, 0, 0));
            org.eclipse.swt.graphics.Rectangle area = plot.getDisplay().map(plot, null, new org.eclipse.swt.graphics.Rectangle(0, 0, plot.getSize().x, plot.getSize().y));
            return visible.contains(area.x, area.y) && visible.contains(area.x + area.width - 1, area.y + area.height - 1);
        });
        if (!inView) {
            robot.runOnUi(() -> FormToolkit.ensureVisible(plot));
            robot.pause(300);
        }
        return robot.onUi(() -> colours(plot, plot.getSize().x, plot.getSize().y));
    }

    private static int colours(Control control, int width, int height) {
        org.eclipse.swt.graphics.Point at = control.toDisplay(0, 0);
        Image image = new Image(control.getDisplay(), Math.max(1, width), Math.max(1, height));
        GC gc = new GC(control.getDisplay());
        try {
            gc.copyArea(image, at.x, at.y);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < data.width; x++) {
            for (int y = 0; y < data.height; y++) {
                colours.add(data.getPixel(x, y));
            }
        }
        return colours.size();
    }

    /** Sample customers with deals, some with a forecast (the generator leaves those fields empty), announced as saved. */
    private List<Long> generate(RecordRepository records) throws Exception {
        Set<Long> before = new HashSet<>();
        records.scan("Customer", List.of(), (id, version, values) -> before.add(id));
        new SampleDataGenerator(61, LocalDate.now()).generate(records, 30, 4, 30);
        List<Long> created = new ArrayList<>();
        records.scan("Customer", List.of(), (id, version, values) -> {
            if (!before.contains(id)) {
                created.add(id);
            }
        });
        for (int i = 0; i < created.size(); i++) {
            StoredRecord customer = records.find("Customer", created.get(i)).orElseThrow();
            if (i % 3 == 0) {
                customer = records.update("Customer", customer.id(), customer.version(), Map.of("expectedDealValue", new BigDecimal(20_000 + 5_000 * i),
                        "closeProbability", new BigDecimal("0.3").add(new BigDecimal("0.02").multiply(BigDecimal.valueOf(i))), "expectedPurchaseDate", LocalDate.now().plusDays(10 + i)));
            }
            // the fields sheet 2's complaint heatmap reads, which the generator leaves empty
            customer = records.update("Customer", customer.id(), customer.version(), Map.of("customerType", List.of("NEW", "EXISTING", "CHURNED").get(i % 3),
                    "complaintCount", (long) ((i * 7) % 6)));
            if (i % 4 != 3) { // a rating 0-10 for three customers in four, one older one that the latest replaces
                records.createAll("Interaction", List.of(Map.of(RecordRepository.OWNER, customer.id(), "kind", "FEEDBACK", "npsScore", (long) ((i * 3) % 11),
                        "time", LocalDate.now().minusDays(5 + i).atTime(10, 0)), Map.of(RecordRepository.OWNER, customer.id(), "kind", "FEEDBACK", "npsScore", 10L,
                        "time", LocalDate.now().minusDays(200).atTime(10, 0))));
            }
            WorkbenchFixture.announce(robot, customer);
        }
        WorkbenchFixture.announceBulkWrite(robot); // the generator's deals and the interactions above
        return created;
    }

    /** What the analysis computes on the store's data with its defaults: what the view must show. */
    private static AnalysisResult expected(RecordRepository records, AnalysisRegistry registry, AnalysisDescriptor analysis) throws Exception {
        var spec = DatasetSpec.available(WorkbenchFixture.service(SchemaRegistry.class).schema(), registry.requiredFields());
        var outcome = registry.compute(analysis.id(), DatasetLoader.load(records, spec), Parameters.defaults(analysis, LocalDate.now()));
        assertTrue(outcome.ok(), outcome.problem());
        assertFalse(outcome.result().series().isEmpty(), analysis.id());
        return outcome.result();
    }

    private void aBadSettingIsRefusedNamingTheParameter(AnalysisDescriptor analysis, Button run) {
        Text window = robot.find(WidgetIds.ANALYSIS_PARAMETER_PREFIX + "windowDays", Text.class);
        robot.click(window);
        robot.waitUntil("focus in the window", window::isFocusControl);
        robot.runOnUi(window::selectAll);
        robot.type("12x");
        robot.waitUntil("Run refused", () -> !run.isEnabled());
        String label = analysis.parameter("windowDays").orElseThrow().label();
        String message = robot.onUi(() -> AnalysisEditors.formOf(window).getMessage());
        assertTrue(message != null && message.contains(label) && message.contains("12x"), message);
        robot.screenshot(WorkbenchFixture.screenshot("analysis-rfm-invalid"));
        robot.click(robot.find(WidgetIds.ANALYSIS_DEFAULTS, Button.class));
        robot.waitUntil("the default back", () -> window.getText().equals("365") && run.isEnabled());
    }

    /** PNG, SVG and XLSX through the real buttons (the file named on the button, as the file dialog would), read back. */
    private void exportAndReadBack(String name, String series, AnalysisResult expected, Path out) throws Exception {
        Path png = out.resolve(name + "-" + series + ".png"), svg = out.resolve(name + "-" + series + ".svg"), xlsx = out.resolve(name + ".xlsx");
        for (Path file : List.of(png, svg, xlsx)) {
            Files.deleteIfExists(file);
        }
        press(WidgetIds.ANALYSIS_EXPORT_PNG_PREFIX + series, png);
        press(WidgetIds.ANALYSIS_EXPORT_SVG_PREFIX + series, svg);
        press(WidgetIds.ANALYSIS_EXPORT_XLSX, xlsx);
        robot.waitUntil(name + " exported", () -> Files.isRegularFile(png) && Files.isRegularFile(svg) && Files.isRegularFile(xlsx));

        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 200 && image.getHeight() > 150, image.getWidth() + "x" + image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 3, name + ": the PNG has a drawing, not one colour");
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg") && text.trim().endsWith("</svg>"), name);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(expected.tables().size(), book.getNumberOfSheets(), name);
            for (int t = 0; t < expected.tables().size(); t++) {
                AnalysisResult.Table table = expected.tables().get(t);
                Sheet sheet = book.getSheetAt(t);
                Row header = sheet.getRow(0);
                for (int c = 0; c < table.columns().size(); c++) {
                    assertEquals(table.columns().get(c), header.getCell(c).getStringCellValue(), name + " header in the user's language");
                }
                assertEquals(table.rows().size(), sheet.getLastRowNum(), name + "/" + table.id() + " rows");
                if (!table.rows().isEmpty() && table.rows().get(0).size() > 1 && table.rows().get(0).get(1) instanceof Number n) {
                    assertEquals(n.doubleValue(), sheet.getRow(1).getCell(1).getNumericCellValue(), 1e-9, name + "/" + table.id());
                }
            }
        }
    }

    private void press(String id, Path file) {
        Button button = robot.find(id, Button.class);
        robot.runOnUi(() -> {
            button.setData(WidgetIds.EXPORT_PATH_KEY, file.toString());
            FormToolkit.ensureVisible(button);
        });
        robot.pause(150);
        robot.click(button);
    }

    private void gradesAreWrittenBack(RecordRepository records, AnalysisResult expected, List<Long> created) throws Exception {
        Button write = robot.find(WidgetIds.ANALYSIS_WRITE_BACK, Button.class);
        Shell editorShell = robot.onUi(write::getShell);
        robot.runOnUi(() -> FormToolkit.ensureVisible(write));
        robot.pause(150);
        robot.click(write);
        robot.waitUntil("the question", () -> Arrays.stream(robot.display().getShells()).anyMatch(s -> s != editorShell && s.isVisible()));
        Shell question = robot.onUi(() -> Arrays.stream(robot.display().getShells()).filter(s -> s != editorShell && s.isVisible()).findFirst().orElseThrow());
        robot.activate(question);
        robot.press(SWT.CR); // Yes is the default button
        robot.waitUntil("the question closed", question::isDisposed);
        Label status = robot.find(WidgetIds.ANALYSIS_WRITE_BACK + ".status", Label.class);
        robot.waitUntil("the grades written", () -> !status.getText().isEmpty());
        String report = robot.onUi(status::getText);
        assertTrue(report.matches("(?s).*\\d+.*"), report);
        for (long id : created) {
            AnalysisResult.Score score = expected.score(id).orElseThrow();
            Map<String, Object> values = records.find("Customer", id).orElseThrow().values();
            assertEquals(score.grade(), values.get("relationshipGrade"), "customer " + id + ": " + report);
            assertEquals(switch (score.tagRule()) {
            case "vip" -> "VIP";
            case "potential" -> "POTENTIAL";
            case "churn" -> "CHURN_WARNING";
            default -> "REGULAR";
            }, values.get("valueGrade"), "customer " + id);
        }
        robot.screenshot(WorkbenchFixture.screenshot("analysis-rfm-written"));
    }

    private static final List<String> TAGS_FUNNEL_CHANGES = List.of("io.clientbench.analysis.tags", "io.clientbench.analysis.funnel",
            "io.clientbench.analysis.gradechanges");
    private static final String[] STAGES = { "NEED_COLLECTION", "PRODUCT_DEMO", "OBJECTION_HANDLING", "NEGOTIATION", "CLOSING", "AFTER_SALES" };
    private static final String[] GRADES = { "S", "A", "B", "C" };

    /**
     * Tags, the sales-stage funnel and month-over-month grade changes on generated data: last month's snapshot taken
     * directly, grades moved, this month's taken with the Analyses view's button; each analysis opened, run, its charts
     * against what it computes, exports read back; the tags written back as Tag records (the second write replacing the
     * first) and found by the navigator's tag filter.
     */
    @Test
    void tagsFunnelAndGradeChangesRunAndTheWrittenTagsFilterTheNavigator() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        AnalysisRegistry registry = WorkbenchFixture.service(AnalysisRegistry.class);
        SchemaRegistry schemas = WorkbenchFixture.service(SchemaRegistry.class);
        List<Long> created = generate(records);
        for (int i = 0; i < created.size(); i++) {
            StoredRecord customer = records.find("Customer", created.get(i)).orElseThrow();
            WorkbenchFixture.announce(robot, records.update("Customer", customer.id(), customer.version(),
                    Map.of("relationshipGrade", GRADES[i % 4], "salesStage", STAGES[i % STAGES.length])));
        }
        // needs whose first decision factor gives a need tag (price, technology, service), on every third customer
        List<Map<String, Object>> needs = new ArrayList<>();
        List<List<String>> factors = List.of(List.of("PRICE"), List.of("TECHNOLOGY", "PRICE"), List.of("SERVICE"));
        for (int i = 0; i < created.size(); i += 3) {
            needs.add(Map.of(RecordRepository.OWNER, created.get(i), "description", "需求 " + i, "decisionFactors", factors.get((i / 3) % 3)));
        }
        records.createAll("Need", needs);
        GradeSnapshots.take(records, WorkbenchFixture.service(io.clientbench.store.OwnedRecords.class), schemas.schema().customer(), YearMonth.now().minusMonths(1), LocalDateTime.now().minusMonths(1));
        for (int i = 0; i < created.size(); i += 4) { // every other S falls to A, every other B rises to A
            String moved = (i / 4) % 2 == 0 ? "A" : null;
            long s = created.get(i);
            if (moved != null) {
                StoredRecord customer = records.find("Customer", s).orElseThrow();
                WorkbenchFixture.announce(robot, records.update("Customer", s, customer.version(), Map.of("relationshipGrade", moved)));
            }
            if (i + 2 < created.size() && (i / 4) % 2 == 1) {
                StoredRecord customer = records.find("Customer", created.get(i + 2)).orElseThrow();
                WorkbenchFixture.announce(robot, records.update("Customer", customer.id(), customer.version(), Map.of("relationshipGrade", "A")));
            }
        }

        Table list = AnalysisEditors.showList(robot, TAGS_FUNNEL_CHANGES.size());
        takeMonthStartSnapshot(records);
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        Path out = Path.of("target", "analysis-exports", WorkbenchFixture.language()).toAbsolutePath();
        Files.createDirectories(out);
        for (String id : TAGS_FUNNEL_CHANGES) {
            AnalysisDescriptor analysis = registry.analysis(id).orElseThrow();
            assertTrue(analysis.enabled(), id + ": " + analysis.status().reason());
            Button run = AnalysisEditors.open(robot, list, id);
            robot.runOnUi(() -> page.setPartState(page.getActivePartReference(), IWorkbenchPage.STATE_MAXIMIZED));
            String name = id.substring(id.lastIndexOf('.') + 1);
            AnalysisEditors.pressRun(robot, run);
            AnalysisResult expected = expected(records, registry, analysis);
            String firstSeries = expected.series().get(0).id();
            robot.waitUntil(name + " computed", () -> robot.tryFind(WidgetIds.ANALYSIS_CHART_PREFIX + firstSeries).isPresent());
            for (AnalysisResult.Series series : expected.series()) {
                Chart chart = robot.find(WidgetIds.ANALYSIS_CHART_PREFIX + series.id(), Chart.class);
                ISeries<?>[] shown = robot.onUi(() -> chart.getSeriesSet().getSeries());
                assertEquals(1, shown.length, name);
                double[] values = series.values().stream().mapToDouble(Double::doubleValue).toArray();
                assertTrue(Arrays.equals(values, robot.onUi(() -> shown[0].getYSeries())), name + "/" + series.id() + ": " + Arrays.toString(values));
            }
            assertEquals(expected.conclusion().orElseThrow().conclusion(),
                    robot.onUi(robot.find(WidgetIds.ANALYSIS_CONCLUSION + ".conclusion", Label.class)::getText));
            if (id.endsWith("tags")) {
                assertTrue(expected.scores().stream().anyMatch(score -> !score.moreTags().isEmpty()), "need tags given");
            }
            if (id.endsWith("gradechanges")) {
                List<Object> last = expected.table("rates").orElseThrow().rows().get(expected.table("rates").orElseThrow().rows().size() - 1);
                assertEquals(List.of(YearMonth.now().toString(), YearMonth.now().minusMonths(1).toString()), last.subList(0, 2));
                assertTrue((Integer) last.get(3) > 0 && (Integer) last.get(6) > 0, "S lost and B moved up: " + last);
            }
            exportAndReadBack(name, firstSeries, expected, out);
            robot.pause(300);
            robot.runOnUi(() -> FormToolkit.ensureVisible(robot.find(WidgetIds.ANALYSIS_RUN, Button.class)));
            robot.pause(200);
            robot.screenshot(WorkbenchFixture.screenshot("analysis-" + name));
            AnalysisEditors.assertFitsWidth(robot, run, name);
            if (id.endsWith("tags")) {
                writeBack(2); // a second write replaces the first one's records
                tagsAreRecordsTheNavigatorFilters(records, expected, created, page);
            }
            robot.runOnUi(() -> page.closeAllEditors(false));
        }
    }

    private void takeMonthStartSnapshot(RecordRepository records) throws Exception {
        Button take = robot.find("analyses.snapshot", Button.class);
        Shell main = robot.onUi(take::getShell);
        robot.click(take);
        robot.waitUntil("the question", () -> Arrays.stream(robot.display().getShells()).anyMatch(s -> s != main && s.isVisible()));
        Shell question = robot.onUi(() -> Arrays.stream(robot.display().getShells()).filter(s -> s != main && s.isVisible()).findFirst().orElseThrow());
        robot.activate(question);
        robot.press(SWT.CR); // Yes is the default button
        Label status = robot.find("analyses.snapshot.status", Label.class);
        String month = YearMonth.now().toString();
        robot.waitUntil("the snapshot taken", () -> status.getText().contains(month) && take.isEnabled());
        assertTrue(GradeSnapshots.months(records).containsAll(List.of(YearMonth.now().minusMonths(1), YearMonth.now())));
        robot.pause(200);
        robot.screenshot(WorkbenchFixture.screenshot("analyses-snapshot"));
    }

    /** Write Grades to Customers… with the records ticked, {@code times} times over. */
    private void writeBack(int times) {
        Button write = robot.find(WidgetIds.ANALYSIS_WRITE_BACK, Button.class);
        assertTrue(robot.onUi(robot.find(WidgetIds.ANALYSIS_WRITE_BACK + ".records", Button.class)::getSelection), "records are offered and ticked");
        Shell editorShell = robot.onUi(write::getShell);
        Label status = robot.find(WidgetIds.ANALYSIS_WRITE_BACK + ".status", Label.class);
        for (int time = 0; time < times; time++) {
            robot.runOnUi(() -> {
                status.setText("");
                FormToolkit.ensureVisible(write);
            });
            robot.pause(150);
            robot.click(write);
            robot.waitUntil("the question", () -> Arrays.stream(robot.display().getShells()).anyMatch(s -> s != editorShell && s.isVisible()));
            Shell question = robot.onUi(() -> Arrays.stream(robot.display().getShells()).filter(s -> s != editorShell && s.isVisible()).findFirst().orElseThrow());
            robot.activate(question);
            robot.press(SWT.CR);
            robot.waitUntil("the question closed", question::isDisposed);
            robot.waitUntil("written", () -> !status.getText().isEmpty() && write.isEnabled());
        }
        robot.runOnUi(() -> FormToolkit.ensureVisible(robot.find(WidgetIds.ANALYSIS_WRITE_BACK + ".records", Button.class)));
        robot.pause(200);
        robot.screenshot(WorkbenchFixture.screenshot("analysis-tags-written"));
    }

    private void tagsAreRecordsTheNavigatorFilters(RecordRepository records, AnalysisResult expected, List<Long> created, IWorkbenchPage page) throws Exception {
        String prefix = "io.clientbench.analysis.tags/";
        for (long id : created) {
            AnalysisResult.Score score = expected.score(id).orElseThrow();
            Set<String> wanted = new HashSet<>();
            score.tags().forEach(t -> wanted.add(prefix + t.rule() + " " + t.tag()));
            Set<String> stored = new HashSet<>();
            List<StoredRecord> tags = records.findByOwner("Tag", id);
            tags.stream().filter(t -> t.values().get("rule").toString().startsWith(prefix))
                    .forEach(t -> stored.add(t.values().get("rule") + " " + t.values().get("name")));
            assertEquals(wanted, stored, "customer " + id + ": replaced, not duplicated");
            assertEquals(1, records.findByOwner("Grade", id).stream().filter(g -> g.values().get("rule").toString().startsWith(prefix)).count());
            assertEquals(switch (score.tagRule()) {
            case "intent-date", "intent-need" -> "INTENT";
            case "potential" -> "POTENTIAL";
            case "churned" -> "CHURNED";
            default -> "ACTIVE";
            }, records.find("Customer", id).orElseThrow().values().get("statusTag"), "customer " + id);
        }
        // the navigator's tag filter: every customer whose Tag records name the first customer's status
        String word = expected.score(created.get(0)).orElseThrow().tag();
        Map<Long, String> names = new java.util.HashMap<>();
        records.scan("Tag", List.of(RecordRepository.OWNER, "name"), (id, version, values) -> names.merge(((Number) values[0]).longValue(),
                String.valueOf(values[1]), (a, b) -> a + " " + b));
        long matching = names.values().stream().filter(n -> n.toLowerCase().contains(word.toLowerCase())).count();
        String firstName = records.find("Customer", created.get(0)).orElseThrow().values().get("fullName").toString();

        robot.runOnUi(() -> page.closeAllEditors(false));
        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", "io.clientbench.ui.views.navigator"));
        Table table = robot.find(WidgetIds.NAVIGATOR_TABLE, Table.class);
        for (String combo : List.of(WidgetIds.NAVIGATOR_VIEWS, WidgetIds.NAVIGATOR_GROUPING)) {
            Combo choice = robot.find(combo, Combo.class);
            robot.runOnUi(() -> { // all customers, no grouping: one row per match
                choice.select(0);
                choice.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
        }
        WorkbenchFixture.searchNavigator(robot, "tags:");
        Text search = robot.find(WidgetIds.NAVIGATOR_SEARCH, Text.class);
        robot.runOnUi(() -> search.insert(word)); // what an input method commits; XTEST types ASCII only
        robot.waitUntil(matching + " customers tagged " + word, () -> table.getItemCount() == matching);
        int nameColumn = robot.onUi(() -> WorkbenchFixture.navigatorColumn(table, "fullName"));
        assertTrue(robot.onUi(() -> Arrays.stream(table.getItems()).anyMatch(item -> item.getText(nameColumn).equals(firstName))), firstName);
        robot.runOnUi(() -> page.setPartState(page.getActivePartReference(), IWorkbenchPage.STATE_MAXIMIZED));
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("navigator-tag-filter"));
        robot.runOnUi(() -> {
            search.setText(""); // leave the navigator as the next test expects it
            page.setPartState(page.getActivePartReference(), IWorkbenchPage.STATE_RESTORED);
        });
        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", "io.clientbench.analysis.ui.analyses"));
    }
}
