package io.clientbench.store;

import java.util.List;

/**
 * Reads the audit log the store writes with every change, in the change's own transaction (a rolled-back write leaves
 * no line). Who is recorded comes from {@link AuditActor}. An OSGi service; usable without SWT.
 */
public interface AuditLog {

    /** Lines matching the query, newest first, from {@code offset}, at most {@code limit}. */
    List<AuditEntry> query(AuditQuery query, int offset, int limit) throws StoreException;

    /** How many lines match the query. */
    int count(AuditQuery query) throws StoreException;

    /**
     * Writes one line for a change a bundle outside the store makes in the store's database (a role's password), on
     * that change's own connection and so in its transaction: it commits and rolls back with the change. The actor is
     * {@link AuditActor#current()}. Never pass a secret as {@code detail}.
     */
    static void write(java.sql.Connection connection, AuditEntry.Action action, String entity, String field, String detail)
            throws java.sql.SQLException {
        io.clientbench.store.internal.AuditLines.write(connection, action, entity, field, detail);
    }
}
