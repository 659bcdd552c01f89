package io.clientbench.ui.tests;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.clientbench.tests.support.UiRobot;

/** Shared access to the running workbench that the UI harness started. Call the UI-bound methods via the robot. */
final class WorkbenchFixture {

    private WorkbenchFixture() {
    }

    static IWorkbenchWindow window(UiRobot robot) {
        robot.waitUntil("a workbench window", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
        return robot.onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0]);
    }

    static IWorkbenchPage page(UiRobot robot) {
        IWorkbenchWindow window = window(robot);
        return robot.onUi(window::getActivePage);
    }

    /** The language the build started this workbench with (-nl), e.g. "en" or "zh". */
    static String language() {
        return Locale.forLanguageTag(Platform.getNL().replace('_', '-')).getLanguage();
    }

    /** Where screenshots of this language go: {@code <screenshots>/<language>/<name>.png}. */
    static Path screenshot(String name) {
        return UiRobot.screenshotFolder().resolve(language()).resolve(name + ".png");
    }
}
