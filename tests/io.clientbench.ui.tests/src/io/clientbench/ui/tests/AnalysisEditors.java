package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.clientbench.analysis.AnalysisDescriptor;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.WidgetIds;

/** Driving the Analyses view and an analysis editor the way the analysis UI tests share. */
final class AnalysisEditors {

    private AnalysisEditors() {
    }

    /** Shows the Analyses view and waits until it lists at least {@code atLeast} analyses. */
    static Table showList(UiRobot robot, int atLeast) {
        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", "io.clientbench.analysis.ui.analyses"));
        Table list = robot.find(WidgetIds.ANALYSES_TABLE, Table.class);
        robot.waitUntil("the analyses listed", () -> list.getItemCount() >= atLeast);
        return list;
    }

    /** Selects a row as a click would (table cells take no reliable XTEST clicks under Xvfb). */
    static void select(UiRobot robot, Table list, int row) {
        robot.runOnUi(() -> {
            list.setSelection(row);
            list.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Selects the analysis in the list and presses Open; returns the editor's Run button. */
    static Button open(UiRobot robot, Table list, String analysisId) {
        robot.waitUntil(analysisId + " listed", () -> row(list, analysisId) >= 0);
        select(robot, list, robot.onUi(() -> row(list, analysisId)));
        robot.click(robot.find(WidgetIds.ANALYSES_OPEN, Button.class));
        return robot.find(WidgetIds.ANALYSIS_RUN, Button.class);
    }

    private static int row(Table list, String analysisId) {
        return Arrays.stream(list.getItems()).map(i -> ((AnalysisDescriptor) i.getData()).id()).toList().indexOf(analysisId);
    }

    /**
     * Run, pressed again when the first click was lost (now and then one lands while the just opened or maximized
     * editor is still being laid out, and nothing starts); returns once {@code done} holds or the run has started.
     */
    static void pressRun(UiRobot robot, Button run, BooleanSupplier done) {
        for (int attempt = 0; attempt < 3; attempt++) {
            robot.click(run);
            for (int i = 0; i < 30; i++) {
                robot.pause(100);
                if (robot.onUi(() -> !run.isEnabled() || done.getAsBoolean())) {
                    return;
                }
            }
        }
    }

    /** Run pressed until a result is shown (its conclusion). */
    static void pressRun(UiRobot robot, Button run) {
        pressRun(robot, run, () -> robot.tryFind(WidgetIds.ANALYSIS_CONCLUSION + ".conclusion").isPresent());
    }

    /** The analysis editor's form holding a control. */
    static ScrolledForm formOf(Control control) {
        Control c = control;
        while (!(c instanceof ScrolledForm)) {
            c = c.getParent();
        }
        return (ScrolledForm) c;
    }

    /**
     * The editor's content is no wider than the editor: wrapped texts (the description, the conclusion) wrap at its
     * width and wide tables scroll inside their own frame, so nothing is cut off at the right.
     */
    static void assertFitsWidth(UiRobot robot, Control inForm, String name) {
        robot.pause(200); // the resize after a run reaches the form
        int[] widths = robot.onUi(() -> {
            ScrolledForm form = formOf(inForm);
            return new int[] { form.getContent().getSize().x, form.getClientArea().width };
        });
        assertTrue(widths[0] <= widths[1], name + ": the content is " + widths[0] + " px wide in an editor of " + widths[1] + " px");
    }
}
