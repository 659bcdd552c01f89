package io.clientbench.analysis.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.dataset.DataTable;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.DatasetLoader;
import io.clientbench.analysis.dataset.DatasetSpec;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoredRecord;
import io.clientbench.ui.CustomerEvents;

/**
 * The one in-memory dataset every analysis editor computes on (a DS component, so editors share it): built in a job
 * the first time an editor asks for it — never at start-up, most sessions open no analysis — and kept current from the
 * customer events with {@link Dataset#upsert}, so a saved deal does not mean reading every deal again. Saves arriving
 * while it is being built are applied after the build. A child record the dataset does not know (a new deal) carries
 * no owner in the event, so it cannot be linked: the dataset is then read again, as after a schema change.
 */
public final class SharedDataset implements EventHandler {

    private static final ILog LOG = ILog.of(SharedDataset.class);

    private RecordRepository records;
    private SchemaRegistry schemas;
    private AnalysisRegistry analyses;
    private CompletableFuture<Dataset> current;
    private final List<StoredRecord> pending = new ArrayList<>();
    private Map<String, Integer> lastSizes = Map.of();

    void setRecords(RecordRepository records) {
        this.records = records;
    }

    void setSchemas(SchemaRegistry schemas) {
        this.schemas = schemas;
    }

    void setAnalyses(AnalysisRegistry analyses) {
        this.analyses = analyses;
    }

    void activate() {
        // nothing to do until an editor asks
    }

    synchronized void deactivate() {
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
                    Dataset dataset = DatasetLoader.load(records, spec, lastSizes);
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
        List<StoredRecord> saves;
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
        saves.forEach(record -> upsert(dataset, record));
    }

    @Override
    public void handleEvent(Event event) {
        if (CustomerEvents.SCHEMA_CHANGED.equals(event.getTopic())) {
            reset(); // renamed or hidden fields: upserts only fill the columns the dataset was built with
            return;
        }
        if (!(event.getProperty(IEventBroker.DATA) instanceof StoredRecord record)) {
            return;
        }
        CompletableFuture<Dataset> future;
        synchronized (this) {
            future = current;
            if (future == null) {
                return; // not built yet: the build will read the record
            }
            if (!future.isDone()) {
                pending.add(record);
                return;
            }
        }
        Dataset dataset = future.getNow(null);
        if (dataset != null && !upsert(dataset, record)) {
            reset();
        }
    }

    /** @return false when the record is a contained one the dataset cannot link to its customer */
    private static boolean upsert(Dataset dataset, StoredRecord record) {
        if (!dataset.has(record.entity())) {
            return true; // an entity no analysis reads
        }
        Object owner = record.values().get(RecordRepository.OWNER);
        Long ownerId = owner instanceof Number n ? n.longValue() : null;
        if (!Dataset.CUSTOMER.equals(record.entity()) && ownerId == null && !knows(dataset, record)) {
            return false;
        }
        dataset.upsert(record, ownerId);
        return true;
    }

    private static boolean knows(Dataset dataset, StoredRecord record) {
        DataTable table = dataset.table(record.entity());
        dataset.readLock().lock();
        try {
            return table.row(record.id()) >= 0;
        } finally {
            dataset.readLock().unlock();
        }
    }

    private synchronized void reset() {
        current = null;
        pending.clear();
    }
}
