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
import org.eclipse.swt.widgets.Button;
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
            "io.clientbench.analysis.forecast", "io.clientbench.analysis.rollup", "io.clientbench.analysis.classification");
    private final UiRobot robot = new UiRobot();

    @Test
    void eachBuiltInAnalysisRunsInItsViewWithChartsExportsAndRfmGradesWrittenBack() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        AnalysisRegistry registry = WorkbenchFixture.service(AnalysisRegistry.class);
        List<Long> created = generate(records);

        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", "io.clientbench.analysis.ui.analyses"));
        Table list = robot.find(WidgetIds.ANALYSES_TABLE, Table.class);
        robot.waitUntil("the analyses listed", () -> list.getItemCount() >= BUILT_IN.size());
        select(list, 0);
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
            int row = robot.onUi(() -> Arrays.asList(list.getItems()).stream().map(i -> ((AnalysisDescriptor) i.getData()).id()).toList().indexOf(id));
            select(list, row);
            robot.click(robot.find(WidgetIds.ANALYSES_OPEN, Button.class));
            Button run = robot.find(WidgetIds.ANALYSIS_RUN, Button.class);
            robot.runOnUi(() -> page.setPartState(page.getActivePartReference(), IWorkbenchPage.STATE_MAXIMIZED));
            if (id.endsWith("rfm")) {
                aBadSettingIsRefusedNamingTheParameter(analysis, run);
            }
            String name = id.substring(id.lastIndexOf('.') + 1);
            robot.click(run);
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
            if (id.endsWith("rfm")) {
                gradesAreWrittenBack(records, expected, created);
            }
            robot.runOnUi(() -> page.closeAllEditors(false));
        }
    }

    /** Selects a row as a click would (table cells take no reliable XTEST clicks under Xvfb). */
    private void select(Table table, int row) {
        robot.runOnUi(() -> {
            table.setSelection(row);
            table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
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
            WorkbenchFixture.announce(robot, customer);
        }
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
        String message = robot.onUi(() -> ((org.eclipse.ui.forms.widgets.ScrolledForm) formOf(window)).getMessage());
        assertTrue(message != null && message.contains(label) && message.contains("12x"), message);
        robot.screenshot(WorkbenchFixture.screenshot("analysis-rfm-invalid"));
        robot.click(robot.find(WidgetIds.ANALYSIS_DEFAULTS, Button.class));
        robot.waitUntil("the default back", () -> window.getText().equals("365") && run.isEnabled());
    }

    private static Control formOf(Control control) {
        Control c = control;
        while (!(c instanceof org.eclipse.ui.forms.widgets.ScrolledForm)) {
            c = c.getParent();
        }
        return c;
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

        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", "io.clientbench.analysis.ui.analyses"));
        Table list = robot.find(WidgetIds.ANALYSES_TABLE, Table.class);
        robot.waitUntil("the analyses listed", () -> list.getItemCount() >= TAGS_FUNNEL_CHANGES.size());
        takeMonthStartSnapshot(records);
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        Path out = Path.of("target", "analysis-exports", WorkbenchFixture.language()).toAbsolutePath();
        Files.createDirectories(out);
        for (String id : TAGS_FUNNEL_CHANGES) {
            AnalysisDescriptor analysis = registry.analysis(id).orElseThrow();
            assertTrue(analysis.enabled(), id + ": " + analysis.status().reason());
            int row = robot.onUi(() -> Arrays.asList(list.getItems()).stream().map(i -> ((AnalysisDescriptor) i.getData()).id()).toList().indexOf(id));
            select(list, row);
            robot.click(robot.find(WidgetIds.ANALYSES_OPEN, Button.class));
            Button run = robot.find(WidgetIds.ANALYSIS_RUN, Button.class);
            robot.runOnUi(() -> page.setPartState(page.getActivePartReference(), IWorkbenchPage.STATE_MAXIMIZED));
            String name = id.substring(id.lastIndexOf('.') + 1);
            robot.click(run);
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
