package io.clientbench.io.ui.internal;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import io.clientbench.io.SourceTable;
import io.clientbench.io.importing.ImportMode;
import io.clientbench.io.importing.ImportProfile;
import io.clientbench.io.importing.ImportReport;
import io.clientbench.io.importing.Importer;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.ui.CustomerEvents;

/**
 * Runs an import as a user job (the progress dialog can send it to the background or cancel it; a cancel before the
 * commit stores nothing), then says what was stored and tells the views to reload.
 */
final class ImportJob extends Job {

    static final String PLUGIN_ID = "io.clientbench.io.ui";

    private final RecordRepository records;
    private final SchemaRegistry schemas;
    private final IEventBroker events;
    private final SourceTable table;
    private final ImportProfile profile;
    private final ImportMode mode;
    private final String label;

    ImportJob(RecordRepository records, SchemaRegistry schemas, IEventBroker events, SourceTable table, ImportProfile profile,
            ImportMode mode, String label) {
        super(IoUiMessages.format(IoUiMessages.import_job, label));
        this.records = records;
        this.schemas = schemas;
        this.events = events;
        this.table = table;
        this.profile = profile;
        this.mode = mode;
        this.label = label;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            // the schema in force now: an admin may have applied changes while the wizard was open
            ImportReport report = new Importer(records, schemas.schema()).run(table, profile, mode, label,
                    new MonitorProgress(monitor, getName(), 2));
            if (report.stored()) {
                events.post(CustomerEvents.IMPORTED, report.batch());
            }
            tell(report.stored() ? MessageDialog.INFORMATION : MessageDialog.WARNING, message(report));
            return Status.OK_STATUS;
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.CANCELED) {
                tell(MessageDialog.INFORMATION, e.getLocalizedMessage()); // "cancelled; nothing was stored": worth saying
                return Status.CANCEL_STATUS;
            }
            tell(MessageDialog.ERROR, IoUiMessages.format(IoUiMessages.import_failed, label, e.getLocalizedMessage()));
            return Status.info(e.getLocalizedMessage()); // shown in the dialog already; logged as info, not twice as an error
        } finally {
            monitor.done();
        }
    }

    private String message(ImportReport report) {
        if (report.stored()) {
            return IoUiMessages.format(IoUiMessages.import_done, label, report.created(), report.updated(), report.badRows().size());
        }
        String first = report.problems().isEmpty() ? "" : report.problems().get(0).message(Locale.getDefault());
        return IoUiMessages.format(IoUiMessages.import_nothing, label, report.badRows().size(), first);
    }

    /** Shows the outcome over the workbench window once the job is done. */
    private static void tell(int kind, String message) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                    : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            MessageDialog.open(kind, shell, IoUiMessages.import_doneTitle, message, SWT.NONE);
        });
    }
}
