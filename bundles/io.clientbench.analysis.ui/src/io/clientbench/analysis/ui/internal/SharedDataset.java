package io.clientbench.analysis.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.DatasetLoader;
import io.clientbench.analysis.dataset.DatasetSpec;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.privacy.MaskingRecordRepository;
import io.clientbench.privacy.RoleSession;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoredRecord;
import io.clientbench.ui.CustomerEvents;

/**
 * The one in-memory dataset every analysis editor computes on (a DS component, so editors share it): built in a job
 * the first time an editor asks for it — never at start-up, most sessions open no analysis — and kept current from the
 * customer events with {@link Dataset#upsert}, so a saved deal does not mean reading every deal again. Saves arriving
 * while it is being built are applied after the build. A new child record (a deal) is linked to the customer the
 * {@link CustomerEvents#CHILD_SAVED} event names ({@link CustomerEvents#OWNER}); only one arriving without an owner
 * (a poster that does not name it) makes the dataset be read again, as after a schema change, an import, a merge
 * or their undo ({@link CustomerEvents#IMPORTED}) and a bulk write of tags or grades.
 * <p>
 * It is read through the current role's masking ({@link MaskingRecordRepository}), like every view: an analysis — a
 * third party's too — that asks for contacts' names or phones gets them as the role may see them, so its tables and
 * exports show them masked for sales and service. A role switch drops it; the next editor reads it again.
 */
public final class SharedDataset implements EventHandler {

    private static final ILog LOG = ILog.of(SharedDataset.class);

    private RecordRepository records;
    private RoleSession session;
    private final Consumer<RoleSession.Identity> roleSwitched = identity -> reset();
    private SchemaRegistry schemas;
    private AnalysisRegistry analyses;
    private CompletableFuture<Dataset> current;
    /** A save and the owner its event named (null for a customer or an event without one). */
    private record Save(StoredRecord record, Long ownerId) {
    }

    private final List<Save> pending = new ArrayList<>();
    private Map<String, Integer> lastSizes = Map.of();

    void setRecords(RecordRepository records) {
        this.records = records;
    }

    void setSession(RoleSession session) {
        this.session = session;
    }

    void setSchemas(SchemaRegistry schemas) {
        this.schemas = schemas;
    }

    void setAnalyses(AnalysisRegistry analyses) {
        this.analyses = analyses;
    }

    void activate() {
        session.addListener(roleSwitched); // nothing else to do until an editor asks
    }

    synchronized void deactivate() {
        session.removeListener(roleSwitched);
        current = null;
    }

    /** The dataset, built in a job on the first call (and again after a schema change or an unknown new record). */
    public synchronized CompletableFuture<Dataset> dataset() {
        if (current == null || current.isCompletedExceptionally()) {
            CompletableFuture<Dataset> building = new CompletableFuture<>();
            current = building;
            Job job = Job.create(AnalysisUiMessages.dataset_loading, monitor -> {
                try {
                    DatasetSpec spec = DatasetSpec.available(schemas.schema(), analyses.requiredFields());
                    Dataset dataset = DatasetLoader.load(new MaskingRecordRepository(records, schemas::schema, session), spec, lastSizes);
                    applyPending(building, dataset);
                    building.complete(dataset);
                } catch (Exception | LinkageError e) {
                    LOG.log(Status.error(e.getMessage(), e));
                    building.completeExceptionally(e);
                }
            });
            job.setSystem(false);
            job.schedule();
        }
        return current;
    }

    /** The saves that came while this dataset was being read (they may or may not be in it; an upsert is idempotent). */
    private void applyPending(CompletableFuture<Dataset> building, Dataset dataset) {
        List<Save> saves;
        synchronized (this) {
            if (current != building) {
                return;
            }
            saves = new ArrayList<>(pending);
            pending.clear();
            Map<String, Integer> sizes = new HashMap<>();
            dataset.tables().forEach((entity, table) -> sizes.put(entity, table.size() + 1024));
            lastSizes = sizes;
        }
        saves.forEach(save -> dataset.applySaved(save.record(), save.ownerId()));
    }

    @Override
    public void handleEvent(Event event) {
        if (CustomerEvents.SCHEMA_CHANGED.equals(event.getTopic())) {
            reset(); // renamed or hidden fields: upserts only fill the columns the dataset was built with
            return;
        }
        if (CustomerEvents.TAGS_CHANGED.equals(event.getTopic()) || CustomerEvents.IMPORTED.equals(event.getTopic())) {
            // records written in bulk (a write-back, a month-start snapshot, an import or its undo, a merge): read again
            reset();
            return;
        }
        if (!(event.getProperty(IEventBroker.DATA) instanceof StoredRecord record)) {
            return;
        }
        Long ownerId = event.getProperty(CustomerEvents.OWNER) instanceof Number n ? n.longValue() : null;
        CompletableFuture<Dataset> future;
        synchronized (this) {
            future = current;
            if (future == null) {
                return; // not built yet: the build will read the record
            }
            if (!future.isDone()) {
                pending.add(new Save(record, ownerId));
                return;
            }
        }
        Dataset dataset = future.getNow(null);
        if (dataset != null && !dataset.applySaved(record, ownerId)) {
            reset();
        }
    }

    private synchronized void reset() {
        current = null;
        pending.clear();
    }
}
