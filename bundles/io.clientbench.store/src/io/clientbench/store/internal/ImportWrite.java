package io.clientbench.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.persistence.dynamic.DynamicEntity;
import org.eclipse.persistence.dynamic.DynamicType;
import org.eclipse.persistence.sessions.Session;

import io.clientbench.store.AuditEntry.Action;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.RecordRepository.BatchProgress;
import io.clientbench.store.RecordRepository.ImportBatch;
import io.clientbench.store.RecordRepository.OwnedRecord;
import io.clientbench.store.RecordRepository.RecordChange;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoreException.Reason;
import jakarta.persistence.EntityManager;

/**
 * Writes one import inside the repository's transaction: the new records with one batched INSERT ({@link BulkInsert}),
 * the changed ones through JPA with their version checked (a record saved by someone since is a conflict), then the
 * owned records the rows bring (a customer's 待确认 marks), and finally what {@link ImportJournal} keeps for undo.
 */
final class ImportWrite {

    private final JpaRecordRepository repository;
    private final EntityManager em;
    private final String entity;
    private final Session session;
    private final Connection connection;
    /** The changed records and their values before, in the order of the updates, for the audit log. */
    private final List<DynamicEntity> auditChanged = new ArrayList<>();
    private final List<Map<String, Object>> auditBefore = new ArrayList<>();

    ImportWrite(JpaRecordRepository repository, EntityManager em, String entity) {
        this.repository = repository;
        this.em = em;
        this.entity = entity;
        this.session = em.unwrap(Session.class);
        this.connection = em.unwrap(Connection.class);
    }

    ImportBatch run(String label, List<Map<String, Object>> creates, List<RecordChange> updates, List<OwnedRecord> owned,
            BatchProgress progress) throws StoreException, SQLException {
        long batchId = nextId(repository.type(entity));
        Map<String, long[]> created = new LinkedHashMap<>();
        long[] ids = insert(entity, creates, progress);
        created.put(entity, ids);
        List<ImportJournal.Changed> changed = update(updates, ids.length, progress);
        for (Map.Entry<String, List<Map<String, Object>>> group : ownedRows(owned, ids).entrySet()) {
            created.put(group.getKey(), insert(group.getKey(), group.getValue(), BatchProgress.NONE));
        }
        stopIfCanceled(progress);
        ImportBatch batch = new ImportBatch(batchId, entity, label, Instant.now(), ids.length, changed.size(), false);
        ImportJournal.record(connection, batch, created, changed);
        // the created records are named by the journal's id runs (one line, not one per field of 100k rows); the
        // records it changed get a line per changed field like any edit, with the batch's id
        JpaRecordRepository.audit(em, w -> {
            w.summary(Action.IMPORT, entity, null, null, label, batchId);
            for (int i = 0; i < auditChanged.size(); i++) {
                DynamicEntity record = auditChanged.get(i);
                w.changed(entity, ((Number) record.get(JpaRecordRepository.ID)).longValue(), repository.owner(entity, record),
                        auditBefore.get(i), updates.get(i).changes(), batchId);
            }
        });
        return batch;
    }

    /** Inserts new records with ids from EclipseLink's sequencing (so they never collide with ones created singly). */
    long[] insert(String name, List<Map<String, Object>> rows, BatchProgress progress) throws StoreException, SQLException {
        BulkInsert bulk = new BulkInsert(repository.entitySchema(name), repository.isOwned(name));
        bulk.checkFields(rows);
        DynamicType type = repository.type(name);
        long[] ids = new long[rows.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = nextId(type);
        }
        bulk.insert(connection, rows, ids, progress);
        return ids;
    }

    private List<ImportJournal.Changed> update(List<RecordChange> updates, int written, BatchProgress progress) throws StoreException {
        DynamicType type = repository.type(entity);
        List<DynamicEntity> changed = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (RecordChange change : updates) {
            DynamicEntity record = (DynamicEntity) em.find(type.getJavaClass(), change.id());
            int stored = record == null ? -1 : ((Number) record.get(JpaRecordRepository.VERSION)).intValue();
            if (stored != change.expectedVersion()) {
                throw JpaRecordRepository.conflict(entity, change.id(), change.expectedVersion(), stored);
            }
            Map<String, Object> old = new HashMap<>();
            change.changes().keySet().forEach(name -> old.put(name, record.get(name)));
            before.add(ImportJournal.encode(old));
            auditBefore.add(old);
            auditChanged.add(record);
            repository.assign(entity, record, change.changes());
            changed.add(record);
            if (changed.size() % BulkInsert.BATCH == 0) {
                em.flush();
                progress.written(written + changed.size());
                stopIfCanceled(progress);
            }
        }
        em.flush(); // the versions after the import are known once written
        progress.written(written + changed.size());
        List<ImportJournal.Changed> journal = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            DynamicEntity record = changed.get(i);
            journal.add(new ImportJournal.Changed(((Number) record.get(JpaRecordRepository.ID)).longValue(), ((Number) record.get(JpaRecordRepository.VERSION)).intValue(),
                    before.get(i)));
        }
        return journal;
    }

    /** The owned records by entity, each with its owner's id: a record this import created, or a stored one. */
    private Map<String, List<Map<String, Object>>> ownedRows(List<OwnedRecord> owned, long[] createdIds) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (OwnedRecord record : owned) {
            if (!repository.mappedSchema().ownerOf(record.entity()).filter(entity::equals).isPresent()) {
                throw new IllegalArgumentException(record.entity() + " records are not owned by " + entity);
            }
            Map<String, Object> values = new HashMap<>(record.values());
            values.put(RecordRepository.OWNER, record.createIndex() >= 0 ? createdIds[record.createIndex()] : record.ownerId());
            rows.computeIfAbsent(record.entity(), e -> new ArrayList<>()).add(values);
        }
        return rows;
    }

    private long nextId(DynamicType type) {
        return ((Number) session.getNextSequenceNumberValue(type.getJavaClass())).longValue();
    }

    private static void stopIfCanceled(BatchProgress progress) throws StoreException {
        if (progress.isCanceled()) {
            throw new StoreException(Reason.CANCELED, StoreMessages.importCanceled, null);
        }
    }
}
