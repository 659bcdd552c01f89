package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clientbench.store.DataLocation;
import io.clientbench.tests.support.ScreenshotOnFailure;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.WidgetIds;

@ExtendWith(ScreenshotOnFailure.class)
class AboutDialogTest {

    private final UiRobot robot = new UiRobot();

    @Test
    void aboutShowsTheVersionAndDataFolderAndClosesWithEscape() {
        // the dialog is modal: the command runs on the UI thread while this test goes on
        robot.display().asyncExec(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("io.clientbench.ui.commands.about", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Label version = robot.find(WidgetIds.ABOUT_VERSION, Label.class);
        String expected = Platform.getBundle("io.clientbench.ui").getVersion().toString();
        assertEquals("Version " + expected, robot.onUi(version::getText));
        Label folder = robot.find(WidgetIds.ABOUT_DATA_FOLDER, Label.class);
        String folderText = robot.onUi(folder::getText);
        assertTrue(folderText.endsWith(DataLocation.dataFolder().toString()), folderText);
        Shell dialog = robot.onUi(version::getShell);
        assertEquals("About Clientbench", robot.onUi(dialog::getText));
        robot.screenshot(WorkbenchFixture.screenshot("about"));

        robot.click(version);
        robot.press(SWT.ESC);
        robot.waitUntil("the About dialog to close", dialog::isDisposed);
    }
}
