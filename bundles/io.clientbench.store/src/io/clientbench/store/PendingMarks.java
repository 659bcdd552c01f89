package io.clientbench.store;

import java.util.Map;

/**
 * Saves a record together with its 待确认/待补充 marks — the {@value #ENTITY} records it owns, one per marked field —
 * in one transaction, so a save never leaves a mark behind for a field that got its value, nor a field cleared without
 * its mark. An OSGi service beside {@link RecordRepository} (the same component); the customer editor saves through it
 * when marks change.
 */
public interface PendingMarks {

    /** The entity that keeps the marks; its fields {@value #FIELD} and {@value #STATE}. */
    String ENTITY = "PendingField";
    String FIELD = "field";
    String STATE = "state";

    /**
     * Creates ({@code id} &lt; 0) or updates the record at {@code expectedVersion} with {@code changes}, and makes its
     * marks exactly {@code marks}: missing ones created, others removed, a changed state updated.
     *
     * @param marks field name → state (TO_BE_CONFIRMED, TO_BE_COMPLETED)
     * @return the record as saved
     * @throws StoreException {@link StoreException.Reason#CONFLICT} when the record was saved by someone since it was
     *                        read; nothing is written then
     */
    StoredRecord save(String entity, long id, int expectedVersion, Map<String, Object> changes, Map<String, String> marks)
            throws StoreException;

    /** The record's marks: field name → state. */
    Map<String, String> marks(String entity, long id) throws StoreException;
}
