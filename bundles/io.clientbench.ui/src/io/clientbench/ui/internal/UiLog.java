package io.clientbench.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/** The UI bundle's one logging path: the bundle's ILog (shown in the Error Log, written to .metadata/.log). */
public final class UiLog {

    private static final ILog LOG = ILog.of(UiLog.class);

    private UiLog() {
    }

    public static void info(String message) {
        LOG.log(Status.info(message));
    }

    public static void error(String message, Throwable cause) {
        LOG.log(Status.error(message, cause));
    }
}
