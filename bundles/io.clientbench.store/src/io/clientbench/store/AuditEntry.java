package io.clientbench.store;

import java.time.Instant;

/**
 * One line of the audit log: who changed what when. Per-field lines carry the field with its old and new value as
 * text; bulk lines (an import, a bulk create, a migration) carry no field and say in {@code newValue} what they did.
 *
 * @param recordId the changed record, or null for a line about many records
 * @param ownerId  the record's owner (a contact's customer), or null
 * @param batchId  the import the line belongs to (see {@link RecordRepository#importBatches()}), or null
 */
public record AuditEntry(long id, Instant at, String actor, Action action, String entity, Long recordId, Long ownerId,
        String field, String oldValue, String newValue, Long batchId) {

    /** What kind of write a line records. */
    public enum Action {
        /** A record created (one line per field it was given). */
        CREATE,
        /** Many records created at once ({@link RecordRepository#createAll}): one line naming their ids. */
        CREATE_ALL,
        /** A field of a record changed. */
        UPDATE,
        /** A record deleted. */
        DELETE,
        /** An import: one line for the batch; the records it changed also get UPDATE lines with the batch's id. */
        IMPORT,
        /** An import undone: one line for the batch. */
        UNDO_IMPORT,
        /** A schema migration of the tables: one line. */
        MIGRATE,
        /** A hidden field's column and data purged. */
        PURGE,
        /** The database encrypted at rest. */
        ENCRYPT,
        /**
         * A duplicate merge undone ({@link RecordMerger#undo}): one line naming the merge; the re-created records get
         * CREATE lines and the survivor UPDATE lines like any edit.
         */
        UNDO_MERGE,
        /** A role's password set or removed: one line naming the role, never the password or its hash. */
        ROLE_PASSWORD
    }

    /** The customer a line is about: the owner for a contained record, else the record itself (may be null). */
    public Long customerId() {
        return ownerId != null ? ownerId : recordId;
    }
}
