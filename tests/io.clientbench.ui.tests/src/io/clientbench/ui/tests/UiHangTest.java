package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import io.clientbench.tests.support.UiRobot;

/**
 * The robot's guard against a hung test run: a call into the UI thread that opens an unexpected modal dialog (as a
 * failed save does with its error dialog) fails the test within the robot's limit, names the dialog, and closes it
 * so the workbench takes further calls. Before the guard such a call held CI until its own limit.
 */
@org.junit.jupiter.api.extension.ExtendWith(io.clientbench.tests.support.ScreenshotOnFailure.class)
class UiHangTest {

    @Test
    void aCallStuckInAModalDialogFailsNamingItAndTheDialogIsClosed() {
        UiRobot robot = new UiRobot(Display.getDefault(), UiRobot.DEFAULT_KEY, UiRobot.DEFAULT_TIMEOUT, Duration.ofSeconds(3));
        long start = System.nanoTime();
        AssertionError failure = assertThrows(AssertionError.class, () -> robot.runOnUi(() -> MessageDialog.openError(
                WorkbenchFixture.page(robot).getWorkbenchWindow().getShell(), "Save Failed", "An unexpected dialog")));
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertTrue(seconds < 20, "failed after " + seconds + " s");
        assertTrue(failure.getMessage().contains("modal 'Save Failed'") && failure.getMessage().contains("An unexpected dialog"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("(modal dialogs closed)"), failure.getMessage());
        // the workbench runs calls again and no dialog is left open
        long visibleModal = robot.onUi(() -> java.util.Arrays.stream(robot.display().getShells())
                .filter(s -> s.isVisible() && "Save Failed".equals(s.getText())).count());
        assertEquals(0, visibleModal);
        Shell window = robot.onUi(() -> WorkbenchFixture.page(robot).getWorkbenchWindow().getShell());
        assertTrue(robot.onUi(window::isVisible));
    }
}
