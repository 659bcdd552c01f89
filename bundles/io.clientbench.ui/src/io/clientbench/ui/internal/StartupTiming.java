package io.clientbench.ui.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Start-up milestones for the start-up bench (releng/scripts/startup-bench.sh): with
 * {@code -Dclientbench.startupReport=<file>} one line per start is appended — each milestone in milliseconds since
 * the Java VM started, and the wall-clock time the main window was ready — and with
 * {@code -Dclientbench.exitAfterStartup=true} the workbench closes right after. Without the property nothing happens.
 */
final class StartupTiming {

    static final String REPORT = "clientbench.startupReport";
    private static final Map<String, Long> MARKS = new LinkedHashMap<>();

    private StartupTiming() {
    }

    static boolean enabled() {
        return System.getProperty(REPORT) != null;
    }

    /** Notes that the start reached {@code milestone} now. */
    static synchronized void mark(String milestone) {
        if (enabled()) {
            MARKS.put(milestone, System.currentTimeMillis());
        }
    }

    /**
     * Called when the main window has opened: once the events queued by then are handled (the window laid out and
     * painted, the views created), the start counts as done.
     */
    static void windowOpened(Display display) {
        if (!enabled()) {
            return;
        }
        mark("windowOpen");
        display.asyncExec(() -> display.asyncExec(() -> {
            mark("ready");
            write();
            if (Boolean.getBoolean("clientbench.exitAfterStartup")) {
                PlatformUI.getWorkbench().close();
            }
        }));
    }

    private static synchronized void write() {
        long processStart = ManagementFactory.getRuntimeMXBean().getStartTime(); // ms precision, unlike ProcessHandle's
        StringBuilder line = new StringBuilder("readyAtEpochMs=").append(MARKS.get("ready"));
        MARKS.forEach((milestone, at) -> line.append(' ').append(milestone).append('=').append(at - processStart));
        try {
            Files.writeString(Path.of(System.getProperty(REPORT)), line.append('\n'), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            UiLog.error("Cannot write the start-up report " + System.getProperty(REPORT), e);
        }
    }
}
