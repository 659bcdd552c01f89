package io.clientbench.ui.internal;

import java.time.LocalDate;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.model.SchemaRegistry;
import io.clientbench.sampledata.SampleDataGenerator;
import io.clientbench.store.Database;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.StoreException;

/**
 * Opens the customer database and brings its tables to the schema in force before the window appears, and tells the
 * user plainly when it cannot (another Clientbench has it open, the folder is not writable, a refused migration).
 */
final class DatabaseStartup {

    private static final long SERVICE_TIMEOUT_MS = 10_000;
    static final String SAMPLE_DATA_PROPERTY = "clientbench.sampleData";

    private DatabaseStartup() {
    }

    /** @return whether the workbench may start */
    static boolean open(Display display) {
        BundleContext context = FrameworkUtil.getBundle(DatabaseStartup.class).getBundleContext();
        try {
            Database database = await(context, Database.class);
            SchemaStore tables = await(context, SchemaStore.class);
            SchemaRegistry schemas = await(context, SchemaRegistry.class);
            if (database == null || tables == null || schemas == null) {
                MessageDialog.openError(null, UiMessages.startup_title, UiMessages.startup_noStore);
                return false;
            }
            if (database.isEncrypted() && !PasswordPrompt.unlock(database)) {
                return false; // cancelled: quit without opening anything
            }
            database.open();
            schemas.useOverlay(tables.overlay()); // the branch's own fields, kept in the database with their data
            tables.migrate(schemas.schema());
            loadSampleDataOnFirstStart(context);
            return true;
        } catch (StoreException e) {
            UiLog.error(e.getMessage(), e);
            MessageDialog.openError(null, UiMessages.startup_title, e.getLocalizedMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * With {@value #SAMPLE_DATA_PROPERTY}=N (the run command sets it), an empty database gets N generated customers
     * with contacts and three years of deals, so a first start shows something to work with. A background job: the
     * window opens at once and the Progress view shows the work.
     */
    private static void loadSampleDataOnFirstStart(BundleContext context) throws InterruptedException {
        int customers = Integer.getInteger(SAMPLE_DATA_PROPERTY, 0);
        RecordRepository records = customers > 0 ? await(context, RecordRepository.class) : null;
        if (records == null) {
            return;
        }
        Job.create(NLS.bind(UiMessages.startup_sampleData, customers), monitor -> {
            try {
                if (records.isEmpty("Customer")) {
                    SampleDataGenerator generator = new SampleDataGenerator(System.currentTimeMillis(), LocalDate.now());
                    generator.generate(records, customers, 5, 500);
                    generator.generateActivities(records);
                }
                return Status.OK_STATUS;
            } catch (StoreException e) {
                return Status.error(e.getLocalizedMessage(), e);
            }
        }).schedule();
    }

    private static <T> T await(BundleContext context, Class<T> service) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, service, null);
        tracker.open();
        T found = tracker.waitForService(SERVICE_TIMEOUT_MS);
        if (found == null) {
            UiLog.error("No " + service.getName() + " service within " + SERVICE_TIMEOUT_MS + " ms", null);
        }
        return found; // the tracker stays open: DS keeps the service while the workbench runs
    }
}
