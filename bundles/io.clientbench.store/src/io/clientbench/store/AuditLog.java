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
}
