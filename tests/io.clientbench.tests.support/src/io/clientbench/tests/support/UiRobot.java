package io.clientbench.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives a real SWT user interface the way a person does: finds widgets by the id stored under a data key (never by
 * position or translated text), posts real mouse events through {@link Display#post(Event)} and real key presses
 * through the X server ({@link XTestKeyboard}), and waits until a condition holds. Works on the UI thread (spins the loop) or off it (bounded calls into the UI thread and sleeps).
 * With no window manager, focus follows the pointer: click a field before typing into it.
 */
public final class UiRobot {

    /** The data key the Clientbench UI uses for widget ids (io.clientbench.ui.WidgetIds.KEY). */
    public static final String DEFAULT_KEY = "io.clientbench.widgetId";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    private static final long POLL_MS = 10;
    /** How long one call on the UI thread may take before the test fails as hung (-Dclientbench.uiCallLimit, seconds). */
    public static final Duration UI_CALL_LIMIT = Duration.ofSeconds(Long.getLong("clientbench.uiCallLimit", 120));

    private final Display display;
    private final String key;
    private final Duration timeout;
    private final Duration callLimit;
    /** One X connection for the whole test run. */
    private static XTestKeyboard keyboard;

    public UiRobot() {
        this(Display.getDefault(), DEFAULT_KEY, DEFAULT_TIMEOUT);
    }

    public UiRobot(Display display, String key, Duration timeout) {
        this(display, key, timeout, UI_CALL_LIMIT);
    }

    /** A robot whose calls into the UI thread fail after {@code callLimit} instead of {@link #UI_CALL_LIMIT}. */
    public UiRobot(Display display, String key, Duration timeout, Duration callLimit) {
        this.display = display;
        this.key = key;
        this.timeout = timeout;
        this.callLimit = callLimit;
    }

    public Display display() {
        return display;
    }

    // --- threading ------------------------------------------------------------------------------------------

    /**
     * Runs on the UI thread and returns its result; exceptions are rethrown in the caller. A call the UI thread has not
     * finished within its limit ({@link #UI_CALL_LIMIT} by default) fails instead of hanging the test run: typically the action opened a modal
     * dialog (an error a test did not expect). The failure names the open dialogs, the UI thread's stack is printed,
     * and the dialogs are closed so the next test finds a usable workbench.
     */
    public <T> T onUi(Supplier<T> action) {
        if (Display.getCurrent() == display) {
            return action.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch done = startOnUi(display, () -> {
            try {
                result.set(action.get());
            } catch (RuntimeException | AssertionError e) {
                failure.set(e instanceof RuntimeException r ? r : new IllegalStateException(e));
            }
        });
        if (!await(done, callLimit)) {
            throw UiHang.report(display, callLimit, () -> await(done, Duration.ofSeconds(10)));
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** Queues the action on the UI thread; the latch opens when it has run (or failed). */
    static CountDownLatch startOnUi(Display display, Runnable action) {
        CountDownLatch done = new CountDownLatch(1);
        display.asyncExec(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        return done;
    }

    private static boolean await(CountDownLatch latch, Duration limit) {
        try {
            return latch.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the UI thread ran a call", e);
        }
    }

    /** Runs on the UI thread; exceptions are rethrown in the caller. */
    public void runOnUi(Runnable action) {
        onUi(() -> {
            action.run();
            return null;
        });
    }

    /** Dispatches every pending event (only when called on the UI thread). */
    public void processEvents() {
        if (Display.getCurrent() == display) {
            while (display.readAndDispatch()) {
                // drain
            }
        }
    }

    // --- waiting --------------------------------------------------------------------------------------------

    /** Waits until the condition (evaluated on the UI thread) holds, or fails naming what it waited for. */
    public void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            processEvents();
            if (onUi(condition::getAsBoolean)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + what + " (" + describeInputState() + ")");
            }
            pause(POLL_MS);
        }
    }

    /** Where input goes now: the active shell, the focus control and the pointer, for failure messages. */
    public String describeInputState() {
        return onUi(() -> "active shell: " + display.getActiveShell() + ", focus: " + display.getFocusControl()
                + ", pointer: " + display.getCursorLocation());
    }

    /** Lets time pass while the UI keeps running (no sleeping UI thread). */
    public void pause(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            if (Display.getCurrent() == display) {
                if (!display.readAndDispatch()) {
                    sleepQuietly(2);
                }
            } else {
                sleepQuietly(Math.min(millis, POLL_MS));
            }
        }
    }

    // --- finding --------------------------------------------------------------------------------------------

    /** The visible widget carrying {@code id} in any open shell, waiting for it to appear. */
    public <T extends Widget> T find(String id, Class<T> type) {
        AtomicReference<Widget> found = new AtomicReference<>();
        waitUntil("widget '" + id + "'", () -> {
            found.set(tryFind(id).orElse(null));
            return found.get() != null;
        });
        Widget widget = found.get();
        if (!type.isInstance(widget)) {
            throw new AssertionError("Widget '" + id + "' is a " + widget.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(widget);
    }

    /** The visible widget carrying {@code id}, if there is one now (call on any thread). */
    public Optional<Widget> tryFind(String id) {
        return onUi(() -> {
            for (Shell shell : display.getShells()) {
                for (Widget widget : descendants(shell)) {
                    if (id.equals(widget.getData(key)) && (!(widget instanceof Control c) || c.isVisible())) {
                        return Optional.of(widget);
                    }
                }
            }
            return Optional.<Widget>empty();
        });
    }

    private static List<Widget> descendants(Shell shell) {
        List<Widget> all = new ArrayList<>();
        Deque<Control> todo = new ArrayDeque<>(List.of(shell));
        while (!todo.isEmpty()) {
            Control control = todo.pop();
            all.add(control);
            if (control instanceof Composite composite) {
                todo.addAll(List.of(composite.getChildren()));
            }
        }
        return all;
    }

    // --- real input -----------------------------------------------------------------------------------------

    /** Moves the pointer to the centre of the control and clicks the left button. */
    public void click(Control control) {
        activate(onUi(control::getShell));
        Point centre = onUi(() -> {
            Rectangle bounds = control.getBounds();
            return control.getParent() == null || control instanceof Shell
                    ? new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2)
                    : control.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        });
        clickAt(centre);
    }

    /** Clicks the row of a table (scrolled into view first). */
    public void clickRow(Table table, int row) {
        activate(onUi(table::getShell));
        Point centre = onUi(() -> {
            table.showItem(table.getItem(row));
            Rectangle bounds = table.getItem(row).getBounds();
            return table.toDisplay(bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 2);
        });
        clickAt(centre);
    }

    /**
     * Gives the shell the X keyboard focus, as a window manager does when a person clicks a window. Under Xvfb with no
     * window manager the focus can stay on a window that no longer exists, and then no key press arrives anywhere.
     */
    public void activate(Shell shell) {
        runOnUi(shell::forceActive);
        waitUntil("shell '" + onUi(shell::getText) + "' active", () -> display.getActiveShell() == shell);
    }

    /** Clicks at a point in display coordinates. */
    public void clickAt(Point point) {
        post(mouse(SWT.MouseMove, point, 0));
        pause(30);
        post(mouse(SWT.MouseDown, point, 1));
        post(mouse(SWT.MouseUp, point, 1));
        pause(50);
    }

    /** Types plain text (characters on the keyboard: Latin letters, digits, space, punctuation) key by key. */
    public void type(String text) {
        for (char c : text.toCharArray()) {
            keyboard().type(c);
            pause(20);
        }
        pause(50);
    }

    /** Presses and releases one key, e.g. {@code SWT.CR}, {@code SWT.ESC}, {@code SWT.BS} or {@code SWT.ARROW_DOWN}. */
    public void press(int keyCodeOrChar) {
        keyboard().press(keyCodeOrChar);
        pause(50);
    }

    /** Gives the X keyboard focus back to the window under the pointer (after dialogs closed without input). */
    public void resetKeyboardFocus() {
        keyboard().focusFollowsPointer();
    }

    static synchronized XTestKeyboard keyboard() {
        if (keyboard == null) {
            keyboard = new XTestKeyboard();
        }
        return keyboard;
    }

    private static Event mouse(int type, Point point, int button) {
        Event event = new Event();
        event.type = type;
        event.x = point.x;
        event.y = point.y;
        event.button = button;
        return event;
    }

    private void post(Event event) {
        boolean posted = onUi(() -> display.post(event));
        if (!posted) {
            throw new AssertionError("Display.post refused " + event + " (is the XTEST extension available?)");
        }
    }

    // --- screenshots ----------------------------------------------------------------------------------------

    /** Saves the whole screen as a PNG and returns the file. */
    public Path screenshot(Path file) {
        runOnUi(() -> {
            processEvents();
            Rectangle screen = display.getBounds();
            Image image = new Image(display, screen.width, screen.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, 0, 0);
                ImageLoader loader = new ImageLoader();
                loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
                Files.createDirectories(file.toAbsolutePath().getParent());
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot write screenshot " + file, e);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        return file;
    }

    /** The folder screenshots go to: {@code -Dclientbench.screenshots}, else target/screenshots. */
    public static Path screenshotFolder() {
        return Path.of(System.getProperty("clientbench.screenshots", "target/screenshots"));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
