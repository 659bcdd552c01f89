package io.clientbench.store;

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

    /** A change to one record, at the version it was read at (for {@link #updateAll}). */
    record Change(long id, int expectedVersion, Map<String, Object> changes) {
    }

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
    Updates updateAll(String entity, List<Change> changes) throws StoreException;
}
