package io.clientbench.tests.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * What a test does when the UI thread has not run its call in time: prints every thread's stack (the UI thread's
 * first), lists the open shells with the text of modal ones, closes the modal dialogs that keep the UI thread in
 * their own event loop, and returns the failure to throw. Without it, one unexpected error dialog holds the whole
 * test run until the build's limit.
 */
final class UiHang {

    private static final int MODAL = SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL;

    private UiHang() {
    }

    /** Reports the hang, closes modal dialogs and waits for the stuck call with {@code released}. */
    static AssertionError report(Display display, Duration limit, BooleanSupplier released) {
        StringBuilder stacks = new StringBuilder("=== UI call not finished after " + limit.toSeconds() + " s; all threads:\n");
        Thread ui = display.getThread();
        appendStack(stacks, ui, ui.getStackTrace());
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            if (entry.getKey() != ui) {
                appendStack(stacks, entry.getKey(), entry.getValue());
            }
        }
        System.err.println(stacks);
        List<String> shells = onUiBriefly(display, () -> describeShellsAndCloseDialogs(display, false));
        boolean freed = released.getAsBoolean();
        if (shells != null) {
            UiRobot.keyboard().focusFollowsPointer();
        }
        return new AssertionError("The UI thread did not finish a call within " + limit.toSeconds() + " s"
                + (shells == null ? " and does not run events (a deadlock: see the thread dump on stderr)"
                        : "; open shells: " + shells + (freed ? " (modal dialogs closed)" : " (still stuck after closing them)")));
    }

    /**
     * Closes the modal dialogs a failed test left open (a workbench with an open modal dialog cannot shut down at the
     * end of the run, and keeps the database locked) and gives the keyboard back to the pointer.
     *
     * @return the dialogs closed, described; null when the UI thread does not run events
     */
    static List<String> closeDialogsLeftOpen(Display display) {
        List<String> closed = onUiBriefly(display, () -> describeShellsAndCloseDialogs(display, true));
        if (closed != null && !closed.isEmpty()) {
            UiRobot.keyboard().focusFollowsPointer();
        }
        return closed;
    }

    private static List<String> describeShellsAndCloseDialogs(Display display, boolean onlyDialogs) {
        List<String> described = new ArrayList<>();
        List<Shell> dialogs = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            if (shell.isDisposed() || !shell.isVisible()) {
                continue;
            }
            boolean modal = (shell.getStyle() & MODAL) != 0;
            if (onlyDialogs && !modal) {
                continue;
            }
            StringBuilder line = new StringBuilder(modal ? "modal '" : "'").append(shell.getText()).append('\'');
            if (modal) {
                List<String> texts = new ArrayList<>();
                collectTexts(shell, texts);
                line.append(' ').append(texts);
                dialogs.add(shell);
            }
            described.add(line.toString());
        }
        // innermost first: a dialog opened from a dialog returns to its parent's loop
        for (int i = dialogs.size() - 1; i >= 0; i--) {
            if (!dialogs.get(i).isDisposed()) {
                dialogs.get(i).close();
            }
        }
        return described;
    }

    private static void collectTexts(Control control, List<String> texts) {
        String text = control instanceof Label label ? label.getText() : control instanceof Text field ? field.getText() : null;
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTexts(child, texts);
            }
        }
    }

    /** Runs on the UI thread if it still runs events within 10 s (it does inside a modal dialog's loop), else null. */
    private static <T> T onUiBriefly(Display display, java.util.function.Supplier<T> action) {
        Object[] result = new Object[1];
        CountDownLatch done = UiRobot.startOnUi(display, () -> result[0] = action.get());
        try {
            if (!done.await(10, TimeUnit.SECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }

    private static void appendStack(StringBuilder out, Thread thread, StackTraceElement[] stack) {
        out.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
        for (StackTraceElement element : stack) {
            out.append("    at ").append(element).append('\n');
        }
    }
}
