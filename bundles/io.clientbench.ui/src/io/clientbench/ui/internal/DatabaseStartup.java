package io.clientbench.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.store.Database;
import io.clientbench.store.StoreException;

/** Opens the customer database before the window appears, and tells the user plainly when it cannot. */
final class DatabaseStartup {

    private static final long SERVICE_TIMEOUT_MS = 10_000;

    private DatabaseStartup() {
    }

    /** @return whether the workbench may start */
    static boolean open(Display display) {
        BundleContext context = FrameworkUtil.getBundle(DatabaseStartup.class).getBundleContext();
        ServiceTracker<Database, Database> tracker = new ServiceTracker<>(context, Database.class, null);
        tracker.open();
        try {
            Database database = tracker.waitForService(SERVICE_TIMEOUT_MS);
            if (database == null) {
                UiLog.error("No " + Database.class.getName() + " service within " + SERVICE_TIMEOUT_MS + " ms", null);
                MessageDialog.openError(null, UiMessages.startup_title, UiMessages.startup_noStore);
                return false;
            }
            database.open();
            return true;
        } catch (StoreException e) {
            UiLog.error(e.getMessage(), e);
            MessageDialog.openError(null, UiMessages.startup_title, e.getLocalizedMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            tracker.close();
        }
    }
}
