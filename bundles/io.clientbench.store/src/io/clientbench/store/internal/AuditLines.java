package io.clientbench.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

import io.clientbench.store.AuditEntry.Action;

/** Behind {@link io.clientbench.store.AuditLog#write}: one line for a writer outside the store, on its own connection. */
public final class AuditLines {

    private AuditLines() {
    }

    public static void write(Connection connection, Action action, String entity, String field, String detail) throws SQLException {
        AuditTable.ensure(connection); // a database made without the store's open (tests' in-memory ones)
        try (AuditWriter writer = new AuditWriter(connection)) {
            writer.summary(action, entity, null, field, detail, null);
            writer.flush();
        }
    }
}
