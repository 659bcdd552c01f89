package io.clientbench.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import io.clientbench.store.DatabaseInfo;

/**
 * The store's own bookkeeping table, {@code CB_META}: when the database was created and the version of the
 * table layout. Later migrations add tables and raise {@value #SCHEMA_VERSION_KEY}.
 */
final class StoreMetadata {

    static final String TABLE = "CB_META";
    static final String CREATED_AT_KEY = "created_at";
    static final String SCHEMA_VERSION_KEY = "schema_version";
    static final int INITIAL_SCHEMA_VERSION = 1;

    private StoreMetadata() {
    }

    static DatabaseInfo initialize(Connection connection, Path location, boolean createdNow) throws SQLException {
        connection.setAutoCommit(false);
        try {
            if (!tableExists(connection)) {
                try (Statement ddl = connection.createStatement()) {
                    ddl.executeUpdate("CREATE TABLE " + TABLE
                            + " (NAME VARCHAR(64) NOT NULL PRIMARY KEY, VAL VARCHAR(1024) NOT NULL)");
                }
                put(connection, CREATED_AT_KEY, Instant.now().toString());
                put(connection, SCHEMA_VERSION_KEY, Integer.toString(INITIAL_SCHEMA_VERSION));
            }
            AuditTable.ensure(connection); // also in databases made before the audit log
            Instant createdAt = Instant.parse(get(connection, CREATED_AT_KEY));
            int version = Integer.parseInt(get(connection, SCHEMA_VERSION_KEY));
            connection.commit();
            return new DatabaseInfo(location, createdAt, createdNow, version);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    static int schemaVersion(Connection connection) throws SQLException {
        return Integer.parseInt(get(connection, SCHEMA_VERSION_KEY));
    }

    static void setSchemaVersion(Connection connection, int version) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET VAL = ? WHERE NAME = ?")) {
            update.setString(1, Integer.toString(version));
            update.setString(2, SCHEMA_VERSION_KEY);
            update.executeUpdate();
        }
    }

    private static boolean tableExists(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, TABLE, null)) {
            return tables.next();
        }
    }

    private static void put(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (NAME, VAL) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    private static String get(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT VAL FROM " + TABLE + " WHERE NAME = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("The store's " + TABLE + " table has no " + name);
                }
                return row.getString(1);
            }
        }
    }
}
