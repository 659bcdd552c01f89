package io.clientbench.analysis.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import io.clientbench.store.StoredRecord;

/**
 * The in-memory columnar copy of the store that analyses read: one {@link DataTable} per entity, the customers and
 * the records they own (deals, follow-ups...), each contained row linked to its customer's row. Built once with
 * {@link DatasetLoader} and then kept current one record at a time with {@link #upsert}, so that a saved deal does not
 * mean reading 1M deals again.
 * <p>
 * Thread safety: analyses read under {@link #readLock()} (the analysis registry takes it for them); updates take the
 * write lock themselves, so an upsert waits for a running analysis (on 1M deals an RFM grading takes ~0.1–0.2 s):
 * apply saves from a job or after the analysis rather than from the UI thread while one runs. A schema change (a
 * field renamed or hidden) needs a new dataset: upserts only fill the columns the dataset was built with.
 */
public final class Dataset {

    public static final String CUSTOMER = "Customer";

    private final Map<String, DataTable> tables = new LinkedHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private long modifications;

    /** An empty dataset of the spec's columns; {@code expectedRows} per entity sizes the first arrays. */
    public Dataset(DatasetSpec spec, Map<String, Integer> expectedRows) {
        spec.entities().forEach((entity, columns) -> tables.put(entity,
                new DataTable(entity, columns, expectedRows.getOrDefault(entity, 1024))));
    }

    public Dataset(DatasetSpec spec) {
        this(spec, Map.of());
    }

    public DataTable customers() {
        return tables.get(CUSTOMER);
    }

    /** The table of an entity. @throws IllegalArgumentException when the dataset does not hold it */
    public DataTable table(String entity) {
        DataTable table = tables.get(entity);
        if (table == null) {
            throw new IllegalArgumentException("the dataset holds no " + entity);
        }
        return table;
    }

    public boolean has(String entity) {
        return tables.containsKey(entity);
    }

    /** Whether the dataset holds a qualified field ({@code Deal.amount}). */
    public boolean hasField(String qualified) {
        int dot = qualified.indexOf('.');
        return dot > 0 && has(qualified.substring(0, dot)) && tables.get(qualified.substring(0, dot)).has(qualified.substring(dot + 1));
    }

    public Map<String, DataTable> tables() {
        return Collections.unmodifiableMap(tables);
    }

    /** The lock to hold while reading the backing arrays. */
    public Lock readLock() {
        return lock.readLock();
    }

    /** Counts the updates: a view can cache a result and recompute when this changed. */
    public long modifications() {
        lock.readLock().lock();
        try {
            return modifications;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Adds or replaces one record (after a save, an import row), without rebuilding anything else. Fields the
     * dataset does not hold are ignored; held fields absent from {@code values} become empty, as a stored record
     * leaves its empty fields out.
     *
     * @param ownerId the customer's id for a contained record; {@code null} keeps the row's current owner (a stored
     *                record does not carry it). A customer not yet in the dataset gets an empty row that its own
     *                upsert fills later.
     * @return the record's row
     */
    public int upsert(String entity, long id, Long ownerId, Map<String, ?> values) {
        lock.writeLock().lock();
        try {
            int row = table(entity).upsert(id, values);
            link(entity, row, ownerId);
            modifications++;
            return row;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * {@link #upsert(String, long, Long, Map)} of a record as the store returned it (after a save: the editors post
     * it on the event broker). A stored record does not carry its owner: pass the customer's id for a new deal.
     */
    public int upsert(StoredRecord record, Long ownerId) {
        return upsert(record.entity(), record.id(), ownerId, record.values());
    }

    /**
     * Applies a saved record as the editors announce it (the customer events): a record of an entity the dataset does
     * not hold is ignored; a contained record is linked to {@code ownerId} (the event's owner), or keeps the owner it
     * has when the event names none.
     *
     * @return false, changing nothing, when a contained record is new to the dataset and no owner is given: it cannot be
     *         linked to its customer, and the caller has to read the dataset again
     */
    public boolean applySaved(StoredRecord record, Long ownerId) {
        if (!has(record.entity())) {
            return true; // an entity no analysis reads
        }
        lock.writeLock().lock();
        try {
            if (!CUSTOMER.equals(record.entity()) && ownerId == null && table(record.entity()).row(record.id()) < 0) {
                return false;
            }
            upsert(record, ownerId); // the write lock is reentrant
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The bulk load's upsert: values in column order, the caller holds no lock (the dataset is not shared yet). */
    void load(String entity, long id, Long ownerId, Object[] values) {
        link(entity, tables.get(entity).upsert(id, values), ownerId);
    }

    private void link(String entity, int row, Long ownerId) {
        if (ownerId != null && !CUSTOMER.equals(entity)) {
            tables.get(entity).setOwnerRow(row, customers().ensure(ownerId));
        }
    }
}
