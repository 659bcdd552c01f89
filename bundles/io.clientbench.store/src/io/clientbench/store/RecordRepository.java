package io.clientbench.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes records of any entity of the merged schema; each call is one transaction. Values are typed as
 * {@code io.clientbench.core.validation.RecordValidator} produces them. An OSGi service; usable without SWT.
 */
public interface RecordRepository {

    /** The value key that links a contained record (a contact, a deal) to the id of its owner (the customer). */
    String OWNER = "ownerId";

    StoredRecord create(String entity, Map<String, Object> values) throws StoreException;

    /** A record to create with others, of any entity (a visit and the follow-up it makes). */
    record NewRecord(String entity, Map<String, Object> values) {
    }

    /** Creates records of several entities in one transaction: all or none. @return them, in order */
    List<StoredRecord> createTogether(List<NewRecord> records) throws StoreException;

    /** Creates many records in one transaction (an import, sample data): all or none. @return their ids, in order */
    List<Long> createAll(String entity, List<Map<String, Object>> rows) throws StoreException;

    Optional<StoredRecord> find(String entity, long id) throws StoreException;

    /** Whether the entity has no records yet (cheap, unlike counting). */
    boolean isEmpty(String entity) throws StoreException;

    /** Receives the rows of a {@link RecordRepository#scan}. */
    interface RowSink {
        /** @param values the requested fields' values, in the order asked for (multi-value fields as lists) */
        void row(long id, int version, Object[] values);
    }

    /**
     * Reads some fields of every record, read-only and without building entities: the navigator's and the analyses'
     * bulk load. {@link #OWNER} may be asked for on a contained entity (its owner's id, a {@code Long}). Unknown or
     * hidden field names are an {@link IllegalArgumentException}.
     */
    void scan(String entity, List<String> fields, RowSink sink) throws StoreException;

    /** The records a record owns (a customer's contacts), oldest first. */
    List<StoredRecord> findByOwner(String entity, long ownerId) throws StoreException;

    /** Every record of an entity, as full records (small entities; use {@link #scan} for the big ones). */
    List<StoredRecord> findAll(String entity) throws StoreException;

    /**
     * Saves changes made to the record as it was at {@code expectedVersion}.
     *
     * @throws StoreException with {@link StoreException.Reason#CONFLICT} when someone saved the record since; nothing
     *                        is written then, and the caller shows both versions to the user
     */
    StoredRecord update(String entity, long id, int expectedVersion, Map<String, Object> changes) throws StoreException;

    /** A change to an existing record, as {@link #update} takes it. */
    record RecordChange(long id, int expectedVersion, Map<String, Object> changes) {
    }

    /**
     * One import as the store remembers it, so it can be undone as a whole.
     *
     * @param created how many records it created
     * @param updated how many existing records it changed
     * @param undone  whether it has been undone
     */
    record ImportBatch(long id, String entity, String label, Instant at, int created, int updated, boolean undone) {
    }

    /** Follows the writing of a long batch and may stop it; a stopped batch rolls back whole. */
    interface BatchProgress {
        BatchProgress NONE = new BatchProgress() {
            @Override
            public void written(int rows) {
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };

        /** Called every few hundred rows with the number written so far (creates, then updates). */
        void written(int rows);

        /** Asked between chunks of rows and before the commit. */
        boolean isCanceled();
    }

    /**
     * A record an import adds under one of its records: owned by the create at {@code createIndex} of the same import,
     * or, with index -1, by the stored record {@code ownerId} (a customer's 待确认 mark from a row that updates it).
     */
    record OwnedRecord(String entity, int createIndex, long ownerId, Map<String, Object> values) {
    }

    /**
     * Creates and changes records of one entity as one import, in one transaction: all or none. The store keeps which
     * records it created (owned ones too) and the values the changed ones had before, so {@link #undoImport} can take
     * it back.
     *
     * @param owned records of entities the imported entity owns, created with the import (may be empty)
     * @throws StoreException {@link StoreException.Reason#CONFLICT} when a record to change was saved by someone since
     *                        it was read, {@link StoreException.Reason#CANCELED} when the progress asked to stop;
     *                        nothing is written then
     */
    ImportBatch importRecords(String entity, String label, List<Map<String, Object>> creates, List<RecordChange> updates,
            List<OwnedRecord> owned, BatchProgress progress) throws StoreException;

    /** The imports kept for undo, newest first. */
    List<ImportBatch> importBatches() throws StoreException;

    /**
     * Undoes one import in one transaction: deletes exactly the records it created, owned ones included, and gives the
     * records it changed their earlier values back. Refused ({@link StoreException.Reason#CONFLICT}, nothing changed)
     * when one of those records was edited since, when a created record now owns records the import did not add, or
     * when the import was already undone.
     */
    ImportBatch undoImport(long batchId) throws StoreException;

    /** What {@link #updateAll} did: the saved records, and the ids someone else saved (or removed) since they were read. */
    record Updates(List<StoredRecord> saved, List<Long> conflicts) {
    }

    /**
     * Saves changes to many records of one entity in one transaction (a chunk of grades written back). A record whose
     * version moved since it was read is left out, unchanged, and named in {@link Updates#conflicts()}; the others are
     * committed together.
     *
     * @throws StoreException with {@link StoreException.Reason#CONFLICT} when another writer saved one of them during
     *                        this very transaction: then nothing is written and the caller can retry record by record
     */
    Updates updateAll(String entity, List<RecordChange> changes) throws StoreException;
}
