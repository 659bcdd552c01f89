package io.clientbench.store.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/** The store's one logging path: the bundle's ILog. */
final class StoreLog {

    private static final ILog LOG = ILog.of(StoreLog.class);

    private StoreLog() {
    }

    static void error(String message, Throwable cause) {
        LOG.log(Status.error(message, cause));
    }
}
