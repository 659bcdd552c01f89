package io.clientbench.store.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.clientbench.model.SchemaOverlay;

/** The admin's schema overlay, kept as its .ecore text in {@code CB_SCHEMA_OVERLAY} beside the data it describes. */
final class OverlayTable {

    static final String TABLE = "CB_SCHEMA_OVERLAY";

    private OverlayTable() {
    }

    static void store(Connection connection, SchemaOverlay overlay) throws SQLException, IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        overlay.write(text);
        if (!exists(connection)) {
            try (Statement ddl = connection.createStatement()) {
                ddl.executeUpdate("CREATE TABLE " + TABLE + " (ID INT NOT NULL PRIMARY KEY, DEFINITION CLOB NOT NULL)");
            }
        }
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM " + TABLE);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (ID, DEFINITION) VALUES (1, ?)")) {
            insert.setString(1, text.toString(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
    }

    static SchemaOverlay load(Connection connection) throws SQLException, IOException {
        if (!exists(connection)) {
            return SchemaOverlay.empty();
        }
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery("SELECT DEFINITION FROM " + TABLE + " WHERE ID = 1")) {
            if (!row.next()) {
                return SchemaOverlay.empty();
            }
            return SchemaOverlay.read(new ByteArrayInputStream(row.getString(1).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, TABLE, null)) {
            return tables.next();
        }
    }
}
