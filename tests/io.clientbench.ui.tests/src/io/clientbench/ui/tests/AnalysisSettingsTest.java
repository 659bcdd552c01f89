package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clientbench.analysis.AnalysisDescriptor;
import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.ParameterDescriptor;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.DatasetLoader;
import io.clientbench.analysis.dataset.DatasetSpec;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.sampledata.SampleDataGenerator;
import io.clientbench.store.RecordRepository;
import io.clientbench.tests.support.ScreenshotOnFailure;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.WidgetIds;

/**
 * The generated settings form in the user's language: a choice parameter is a list of its translated labels (not a
 * code to type), a date that means the day of the run shows the translated word, the chosen value is what the
 * analysis computes with and is kept for the next time; the editor's content fits its width when not maximized.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AnalysisSettingsTest {

    private static final String DISTRIBUTION = "io.clientbench.analysis.distribution";
    /** CUSTOMERS (the bundle exports no package). */
    private static final String CUSTOMERS = "customers";
    private final UiRobot robot = new UiRobot();

    /** Closes the editors and forgets the values the runs kept, so later tests see each analysis's defaults. */
    @AfterEach
    void closeEditorsAndForgetKeptValues() throws Exception {
        robot.runOnUi(() -> WorkbenchFixture.page(robot).closeAllEditors(false));
        var kept = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("io.clientbench.analysis.ui");
        kept.clear();
        kept.flush();
    }

    @Test
    void aChoiceIsPickedFromItsLabelsAndTheDistributionFollowsIt() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        AnalysisRegistry registry = WorkbenchFixture.service(AnalysisRegistry.class);
        new SampleDataGenerator(67, LocalDate.now()).generate(records, 24, 2, 10);
        WorkbenchFixture.announceBulkWrite(robot);
        AnalysisDescriptor analysis = registry.analysis(DISTRIBUTION).orElseThrow();
        ParameterDescriptor dimension = analysis.parameter("dimension").orElseThrow();

        Table list = AnalysisEditors.showList(robot, 1);
        Button run = AnalysisEditors.open(robot, list, DISTRIBUTION);
        robot.click(robot.find(WidgetIds.ANALYSIS_DEFAULTS, Button.class));
        Combo choice = robot.find(WidgetIds.ANALYSIS_PARAMETER_PREFIX + "dimension", Combo.class);
        String[] labels = dimension.choices().stream().map(ParameterDescriptor.Choice::label).toArray(String[]::new);
        assertArrayEquals(labels, robot.onUi(choice::getItems));
        assertEquals(WorkbenchFixture.language().equals("zh") ? "行业" : "Industry", robot.onUi(choice::getText));
        Text date = robot.find(WidgetIds.ANALYSIS_PARAMETER_PREFIX + "analysisDate", Text.class);
        assertEquals(WorkbenchFixture.language().equals("zh") ? "今天" : "today", robot.onUi(date::getText));

        int region = dimension.choices().stream().map(ParameterDescriptor.Choice::value).toList().indexOf("region");
        robot.runOnUi(() -> { // the list's pop-up takes no reliable XTEST clicks under Xvfb (and holds the pointer): select as its click does
            choice.setFocus();
            choice.select(region);
            choice.notifyListeners(SWT.Selection, new Event());
        });
        AnalysisEditors.pressRun(robot, run);
        AnalysisResult expected = expected(records, registry, analysis, "region");
        AnalysisResult.Series customers = expected.series(CUSTOMERS).orElseThrow();
        Chart chart = robot.find(WidgetIds.ANALYSIS_CHART_PREFIX + CUSTOMERS, Chart.class);
        assertEquals(customers.labels(), List.of(robot.onUi(() -> chart.getAxisSet().getXAxis(0).getCategorySeries())), "charted by region");
        assertTrue(robot.onUi(() -> chart.getTitle().getText()).contains(WorkbenchFixture.language().equals("zh") ? "地区" : "region"),
                robot.onUi(() -> chart.getTitle().getText()));
        robot.screenshot(WorkbenchFixture.screenshot("analysis-settings-choice"));
        AnalysisEditors.assertFitsWidth(robot, run, "distribution, not maximized");

        // customers and deals written in bulk (an import, a merge, their undo) reach the next run: the shared dataset is read again
        new SampleDataGenerator(71, LocalDate.now()).generate(records, 12, 3, 12);
        WorkbenchFixture.announceBulkWrite(robot);
        AnalysisResult.Series after = expected(records, registry, analysis, "region").series(CUSTOMERS).orElseThrow();
        assertEquals(customers.values().stream().mapToDouble(Double::doubleValue).sum() + 12, after.values().stream().mapToDouble(Double::doubleValue).sum(), 0.0);
        AnalysisEditors.pressRun(robot, run, chart::isDisposed); // the result of a run replaces the charts
        double[] afterValues = after.values().stream().mapToDouble(Double::doubleValue).toArray();
        robot.waitUntil("the run after the bulk write charts the new customers", () -> run.isEnabled()
                && robot.tryFind(WidgetIds.ANALYSIS_CHART_PREFIX + CUSTOMERS).map(c -> Arrays.equals(afterValues,
                        ((Chart) c).getSeriesSet().getSeries()[0].getYSeries())).orElse(false));

        // kept for the next time the analysis is opened, and Restore Defaults goes back to industry
        robot.runOnUi(() -> WorkbenchFixture.page(robot).closeAllEditors(false));
        AnalysisEditors.open(robot, AnalysisEditors.showList(robot, 1), DISTRIBUTION);
        Combo reopened = robot.find(WidgetIds.ANALYSIS_PARAMETER_PREFIX + "dimension", Combo.class);
        assertEquals(labels[region], robot.onUi(reopened::getText));
        robot.click(robot.find(WidgetIds.ANALYSIS_DEFAULTS, Button.class));
        robot.waitUntil("industry again", () -> reopened.getSelectionIndex() == 0);
        robot.runOnUi(() -> WorkbenchFixture.page(robot).closeAllEditors(false));
    }

    private static AnalysisResult expected(RecordRepository records, AnalysisRegistry registry, AnalysisDescriptor analysis, String dimension) throws Exception {
        var spec = DatasetSpec.available(WorkbenchFixture.service(SchemaRegistry.class).schema(), registry.requiredFields());
        var outcome = registry.compute(analysis.id(), DatasetLoader.load(records, spec), Parameters.defaults(analysis, LocalDate.now()).with("dimension", dimension));
        assertTrue(outcome.ok(), outcome.problem());
        return outcome.result();
    }
}
