package io.clientbench.tests.support;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Saves a screenshot when a test fails, right after the test method and before any {@code @AfterEach} closes
 * dialogs: {@code <screenshots>/failures/<class>.<method>.png}; then closes the modal dialogs the failed test left open,
 * since one left open keeps the next tests from the workbench and the workbench from shutting down at the end of the
 * run (the test JVM then lingers with the database locked). Use with {@code @ExtendWith}.
 */
public class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty() || Display.getDefault() == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        Path file = UiRobot.screenshotFolder().resolve("failures").resolve(name + ".png");
        try {
            new UiRobot().screenshot(file);
            System.err.println("Screenshot of the failure: " + file.toAbsolutePath());
        } catch (RuntimeException e) {
            System.err.println("Could not save a screenshot of the failure: " + e);
        }
        var closed = UiHang.closeDialogsLeftOpen(Display.getDefault());
        if (closed != null && !closed.isEmpty()) {
            System.err.println("Closed the dialogs " + name + " left open: " + closed);
        }
    }
}
