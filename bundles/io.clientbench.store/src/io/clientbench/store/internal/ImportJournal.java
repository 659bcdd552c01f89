package io.clientbench.store.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.RecordRepository.ImportBatch;

/**
 * What the store keeps of each import so it can be undone whole: {@code CB_IMPORT_BATCH} (one row per import) and
 * {@code CB_IMPORT_ENTRY} (the created ids as runs of consecutive ids, and per changed record its version after the
 * import and the values it had before). Created ids come from the sequence in blocks, so 100k created records make a
 * few hundred runs rather than 100k rows: remembering an import costs next to nothing beside the import itself.
 */
final class ImportJournal {

    static final String BATCHES = "CB_IMPORT_BATCH";
    static final String ENTRIES = "CB_IMPORT_ENTRY";
    /** Marks a value that was absent (null) before the import, as opposed to a present value. */
    private static final String PRESENT = "=";
    private static final String BATCH_COLUMNS = "ID, ENTITY, LABEL, IMPORTED_AT, CREATED_COUNT, UPDATED_COUNT, UNDONE";

    /** A record the import changed: its version after the import and its values before, encoded. */
    record Changed(long id, int versionAfter, String before) {
    }

    /** One import as read back: the batch, the created id runs ({first, last}) by entity, and the changed records. */
    record Entries(ImportBatch batch, Map<String, List<long[]>> createdRuns, List<Changed> changed) {
    }

    private ImportJournal() {
    }

    static void ensureTables(Connection connection) throws SQLException {
        if (exists(connection)) {
            return;
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.executeUpdate("CREATE TABLE " + BATCHES + " (ID BIGINT NOT NULL PRIMARY KEY, ENTITY VARCHAR(128) NOT NULL, "
                    + "LABEL VARCHAR(255), IMPORTED_AT TIMESTAMP NOT NULL, CREATED_COUNT INTEGER NOT NULL, "
                    + "UPDATED_COUNT INTEGER NOT NULL, UNDONE BOOLEAN DEFAULT FALSE NOT NULL)");
            ddl.executeUpdate("CREATE TABLE " + ENTRIES + " (BATCH_ID BIGINT NOT NULL, ENTITY VARCHAR(128) NOT NULL, FIRST_ID BIGINT NOT NULL, "
                    + "LAST_ID BIGINT NOT NULL, VERSION_AFTER INTEGER, BEFORE_VALUES CLOB)");
            ddl.executeUpdate("CREATE INDEX " + ENTRIES + "_BATCH ON " + ENTRIES + " (BATCH_ID)");
        }
    }

    /** @param created the ids the import created, by entity (its own, and the owned records it added) */
    static void record(Connection connection, ImportBatch batch, Map<String, long[]> created, List<Changed> changed) throws SQLException {
        ensureTables(connection);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + BATCHES
                + " (ID, ENTITY, LABEL, IMPORTED_AT, CREATED_COUNT, UPDATED_COUNT) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, batch.id());
            insert.setString(2, batch.entity());
            insert.setString(3, batch.label());
            insert.setTimestamp(4, Timestamp.from(batch.at()));
            insert.setInt(5, batch.created());
            insert.setInt(6, batch.updated());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + ENTRIES
                + " (BATCH_ID, ENTITY, FIRST_ID, LAST_ID, VERSION_AFTER, BEFORE_VALUES) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, long[]> ids : created.entrySet()) {
                for (long[] run : runs(ids.getValue())) {
                    insert.setLong(1, batch.id());
                    insert.setString(2, ids.getKey());
                    insert.setLong(3, run[0]);
                    insert.setLong(4, run[1]);
                    insert.setNull(5, Types.INTEGER);
                    insert.setNull(6, Types.CLOB);
                    insert.addBatch();
                }
            }
            for (Changed record : changed) {
                insert.setLong(1, batch.id());
                insert.setString(2, batch.entity());
                insert.setLong(3, record.id());
                insert.setLong(4, record.id());
                insert.setInt(5, record.versionAfter());
                insert.setString(6, record.before());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static List<ImportBatch> list(Connection connection) throws SQLException {
        List<ImportBatch> batches = new ArrayList<>();
        if (!exists(connection)) {
            return batches;
        }
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(
                "SELECT " + BATCH_COLUMNS + " FROM " + BATCHES + " ORDER BY IMPORTED_AT DESC, ID DESC")) {
            while (rows.next()) {
                batches.add(batch(rows));
            }
        }
        return batches;
    }

    /** @return the import, or null when there is none with this id */
    static Entries read(Connection connection, long batchId) throws SQLException {
        if (!exists(connection)) {
            return null;
        }
        ImportBatch batch;
        try (PreparedStatement query = connection.prepareStatement("SELECT " + BATCH_COLUMNS + " FROM " + BATCHES + " WHERE ID = ?")) {
            query.setLong(1, batchId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                batch = batch(row);
            }
        }
        Map<String, List<long[]>> runs = new LinkedHashMap<>();
        List<Changed> changed = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ENTITY, FIRST_ID, LAST_ID, VERSION_AFTER, BEFORE_VALUES FROM "
                + ENTRIES + " WHERE BATCH_ID = ? ORDER BY FIRST_ID")) {
            query.setLong(1, batchId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int version = rows.getInt(4);
                    if (rows.wasNull()) {
                        runs.computeIfAbsent(rows.getString(1), e -> new ArrayList<>()).add(new long[] { rows.getLong(2), rows.getLong(3) });
                    } else {
                        changed.add(new Changed(rows.getLong(2), version, rows.getString(5)));
                    }
                }
            }
        }
        return new Entries(batch, runs, changed);
    }

    static void markUndone(Connection connection, long batchId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + BATCHES + " SET UNDONE = TRUE WHERE ID = ?")) {
            update.setLong(1, batchId);
            update.executeUpdate();
        }
    }

    /** Sorted ids as runs of consecutive ids, {first, last} each. */
    static List<long[]> runs(long[] ids) {
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        List<long[]> runs = new ArrayList<>();
        for (int i = 0; i < sorted.length; i++) {
            if (runs.isEmpty() || runs.getLast()[1] + 1 != sorted[i]) {
                runs.add(new long[] { sorted[i], sorted[i] });
            } else {
                runs.getLast()[1] = sorted[i];
            }
        }
        return runs;
    }

    /**
     * The values some fields have now, as text. Values are given as their columns hold them (a multi-value list as its
     * joined text); {@link #decode} turns them back by the field's kind.
     */
    static String encode(Map<String, Object> columnValues) {
        Properties properties = new Properties();
        columnValues.forEach((name, value) -> properties.setProperty(name, value == null ? "" : PRESENT + text(value)));
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** The values {@link #encode} kept, typed by the entity's fields (absent ones as null, to be cleared). */
    static Map<String, Object> decode(EntitySchema entity, String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> values = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            String value = properties.getProperty(name);
            values.put(name, value.isEmpty() ? null : typed(entity, name, value.substring(PRESENT.length())));
        }
        return values;
    }

    private static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }

    private static Object typed(EntitySchema entity, String name, String text) {
        if (RecordRepository.OWNER.equals(name)) {
            return Long.valueOf(text);
        }
        FieldDescriptor field = entity.field(name).orElseThrow(() -> new IllegalArgumentException(entity.name() + " has no field " + name));
        return switch (field.kind()) {
            case INTEGER -> Long.valueOf(text);
            case DECIMAL -> new BigDecimal(text);
            case DATE -> LocalDate.parse(text);
            case DATE_TIME -> LocalDateTime.parse(text);
            case BOOLEAN -> Boolean.valueOf(text);
            default -> text; // texts, and value lists as their column holds them
        };
    }

    private static ImportBatch batch(ResultSet row) throws SQLException {
        return new ImportBatch(row.getLong(1), row.getString(2), row.getString(3), row.getTimestamp(4).toInstant(), row.getInt(5),
                row.getInt(6), row.getBoolean(7));
    }

    private static boolean exists(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, BATCHES, null)) {
            return tables.next();
        }
    }
}
