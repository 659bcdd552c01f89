package io.clientbench.privacy.ui.internal;

import org.eclipse.core.runtime.ILog;

/** The bundle's one logging path. */
final class PrivacyUiLog {

    private PrivacyUiLog() {
    }

    static void error(String what, Throwable cause) {
        ILog.of(PrivacyUiLog.class).error(what, cause);
    }
}
