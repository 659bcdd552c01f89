package io.clientbench.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The audit log's table, {@code CB_AUDIT}, created when a database is opened (new or from before the audit log). */
final class AuditTable {

    static final String TABLE = "CB_AUDIT";
    /** Longest old/new value kept; longer values are cut (a note of a whole page still shows what changed). */
    static final int VALUE_LENGTH = 4000;
    static final String COLUMNS = "ID, WRITTEN_AT, ACTOR, ACTION, ENTITY, RECORD_ID, OWNER_ID, FIELD, OLD_VALUE, NEW_VALUE, BATCH_ID";

    private AuditTable() {
    }

    static void ensure(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, TABLE, null)) {
            if (tables.next()) {
                return;
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.executeUpdate("CREATE TABLE " + TABLE + " (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "WRITTEN_AT TIMESTAMP NOT NULL, ACTOR VARCHAR(128) NOT NULL, ACTION VARCHAR(16) NOT NULL, ENTITY VARCHAR(128), "
                    + "RECORD_ID BIGINT, OWNER_ID BIGINT, FIELD VARCHAR(128), OLD_VALUE VARCHAR(" + VALUE_LENGTH + "), "
                    + "NEW_VALUE VARCHAR(" + VALUE_LENGTH + "), BATCH_ID BIGINT)");
            ddl.executeUpdate("CREATE INDEX " + TABLE + "_RECORD ON " + TABLE + " (RECORD_ID)");
            ddl.executeUpdate("CREATE INDEX " + TABLE + "_OWNER ON " + TABLE + " (OWNER_ID)");
            ddl.executeUpdate("CREATE INDEX " + TABLE + "_AT ON " + TABLE + " (WRITTEN_AT)");
        }
    }
}
