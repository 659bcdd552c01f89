package io.clientbench.ui.schema.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;

import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.MigrationProgress;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.StoreException;
import io.clientbench.ui.CustomerEvents;

/**
 * Applies the admin's schema: migrates the store and keeps the overlay with it in one transaction, then puts the
 * overlay in force and tells every view. A user job, so the Progress view and dialog show each step; cancelling before
 * the commit rolls everything back.
 */
final class ApplySchemaJob extends Job {

    static final String PLUGIN_ID = "io.clientbench.ui.schema";

    private final SchemaStore store;
    private final SchemaRegistry registry;
    private final IEventBroker events;
    private final MergedSchema schema;
    private final SchemaOverlay overlay;

    ApplySchemaJob(SchemaStore store, SchemaRegistry registry, IEventBroker events, MergedSchema schema, SchemaOverlay overlay) {
        super(SchemaMessages.apply_job);
        this.store = store;
        this.registry = registry;
        this.events = events;
        this.schema = schema;
        this.overlay = overlay;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, SchemaMessages.apply_job, 10);
        try {
            store.migrate(schema, overlay, new MigrationProgress() {
                @Override
                public void begin(int steps) {
                    progress.setWorkRemaining(steps);
                }

                @Override
                public void step(String statement) {
                    progress.subTask(statement);
                    progress.worked(1);
                }

                @Override
                public boolean isCanceled() {
                    return progress.isCanceled();
                }
            });
            registry.useOverlay(overlay);
            events.post(CustomerEvents.SCHEMA_CHANGED, overlay);
            return Status.OK_STATUS;
        } catch (StoreException e) {
            return e.reason() == StoreException.Reason.CANCELED ? new Status(IStatus.CANCEL, PLUGIN_ID, e.getLocalizedMessage())
                    : new Status(IStatus.ERROR, PLUGIN_ID, e.getLocalizedMessage(), e);
        } finally {
            monitor.done();
        }
    }
}
