package io.clientbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.clientbench.model.EntitySchema;
import io.clientbench.store.RecordMerger.MergeEntry;

/**
 * What the store keeps of each merge: {@code CB_MERGE} (one row per merge) and {@code CB_MERGE_ENTRY} — per record of
 * the merge its values before (kind S for the survivor, M for a record merged away), and per re-pointed record where it
 * pointed before (kind R, with the owner link or reference field moved). {@code VERSION_AFTER} (added later, null in
 * older journals) is each record's version right after the merge — the survivor's after its update, a merged-away
 * record's when it was deleted, a moved record's (moving does not change it) — so that {@link MergeUndo} can tell
 * whether anyone worked on them since; {@code CB_MERGE.UNDONE_AT} marks a merge taken back.
 */
final class MergeJournal {

    static final String MERGES = "CB_MERGE";
    static final String ENTRIES = "CB_MERGE_ENTRY";
    static final String SURVIVOR = "S";
    static final String MERGED = "M";
    static final String MOVED = "R";

    private MergeJournal() {
    }

    /** Where a moved record pointed before the merge, and its version then (and still, as moving keeps it). */
    record Moved(long fromId, int version) {
    }

    /** One row of {@code CB_MERGE_ENTRY}; {@code versionAfter} null in journals written before undo existed. */
    record Row(String kind, String entity, long recordId, Long fromId, String before, Integer versionAfter) {
    }

    /** One merge's header and rows, read for its undo. */
    record Kept(MergeEntry merge, List<Row> rows) {
    }

    static void ensureTables(Connection connection) throws SQLException {
        boolean exists;
        try (ResultSet tables = connection.getMetaData().getTables(null, null, MERGES, null)) {
            exists = tables.next();
        }
        if (exists) {
            // journals written before undo existed: add its columns, keep every row
            addColumn(connection, MERGES, "UNDONE_AT", "TIMESTAMP");
            addColumn(connection, ENTRIES, "VERSION_AFTER", "INT");
            return;
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.executeUpdate("CREATE TABLE " + MERGES + " (ID BIGINT NOT NULL PRIMARY KEY, ENTITY VARCHAR(128) NOT NULL, "
                    + "SURVIVOR_ID BIGINT NOT NULL, LABEL VARCHAR(255), MERGED_AT TIMESTAMP NOT NULL, UNDONE_AT TIMESTAMP)");
            ddl.executeUpdate("CREATE TABLE " + ENTRIES + " (MERGE_ID BIGINT NOT NULL, KIND CHAR(1) NOT NULL, ENTITY VARCHAR(160) NOT NULL, "
                    + "RECORD_ID BIGINT NOT NULL, FROM_ID BIGINT, BEFORE_VALUES CLOB, VERSION_AFTER INT)");
            ddl.executeUpdate("CREATE INDEX " + ENTRIES + "_MERGE ON " + ENTRIES + " (MERGE_ID)");
        }
    }

    private static void addColumn(Connection connection, String table, String column, String type) throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, table, column)) {
            if (columns.next()) {
                return;
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.executeUpdate("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
        }
    }

    /**
     * @param encodedBefore  each record's values before the merge (survivor and merged-away), by id
     * @param versionsAfter  the survivor's version after the merge and each merged-away record's when it was deleted
     * @param movedFrom      per "Entity" or "Entity.field" the re-pointed records: id → old target and version
     */
    static void record(Connection connection, MergeEntry merge, Map<Long, String> encodedBefore, Map<Long, Integer> versionsAfter,
            Map<String, Map<Long, Moved>> movedFrom) throws SQLException {
        ensureTables(connection);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + MERGES
                + " (ID, ENTITY, SURVIVOR_ID, LABEL, MERGED_AT) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, merge.id());
            insert.setString(2, merge.entity());
            insert.setLong(3, merge.survivorId());
            insert.setString(4, merge.label() == null ? null : merge.label().substring(0, Math.min(255, merge.label().length())));
            insert.setTimestamp(5, Timestamp.from(merge.at()));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + ENTRIES
                + " (MERGE_ID, KIND, ENTITY, RECORD_ID, FROM_ID, BEFORE_VALUES, VERSION_AFTER) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, String> before : encodedBefore.entrySet()) {
                insert.setLong(1, merge.id());
                insert.setString(2, before.getKey() == merge.survivorId() ? SURVIVOR : MERGED);
                insert.setString(3, merge.entity());
                insert.setLong(4, before.getKey());
                insert.setNull(5, java.sql.Types.BIGINT);
                insert.setString(6, before.getValue());
                insert.setInt(7, versionsAfter.get(before.getKey()));
                insert.addBatch();
            }
            for (Map.Entry<String, Map<Long, Moved>> moved : movedFrom.entrySet()) {
                for (Map.Entry<Long, Moved> record : moved.getValue().entrySet()) {
                    insert.setLong(1, merge.id());
                    insert.setString(2, MOVED);
                    insert.setString(3, moved.getKey());
                    insert.setLong(4, record.getKey());
                    insert.setLong(5, record.getValue().fromId());
                    insert.setNull(6, java.sql.Types.CLOB);
                    insert.setInt(7, record.getValue().version());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Every merge kept, newest first, with the values decoded by the schema of each entity. */
    static List<MergeEntry> list(Connection connection, Function<String, EntitySchema> schemas) throws SQLException {
        ensureTables(connection);
        List<MergeEntry> merges = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT " + HEADER + " FROM " + MERGES + " ORDER BY ID DESC")) {
            while (rows.next()) {
                merges.add(header(rows));
            }
        }
        List<MergeEntry> read = new ArrayList<>(merges.size());
        try (PreparedStatement query = connection.prepareStatement("SELECT KIND, ENTITY, RECORD_ID, BEFORE_VALUES FROM " + ENTRIES
                + " WHERE MERGE_ID = ? ORDER BY RECORD_ID")) {
            for (MergeEntry merge : merges) {
                query.setLong(1, merge.id());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String kind = rows.getString(1).trim();
                        long id = rows.getLong(3);
                        if (MOVED.equals(kind)) {
                            merge.moved().computeIfAbsent(rows.getString(2), k -> new ArrayList<>()).add(id);
                        } else {
                            if (MERGED.equals(kind)) {
                                merge.mergedIds().add(id);
                            }
                            merge.before().put(id, ImportJournal.decode(schemas.apply(merge.entity()), rows.getString(4)));
                        }
                    }
                }
                read.add(new MergeEntry(merge.id(), merge.entity(), merge.survivorId(), List.copyOf(merge.mergedIds()), merge.label(),
                        merge.at(), Map.copyOf(merge.before()), Map.copyOf(merge.moved()), merge.undoneAt()));
            }
        }
        return read;
    }

    private static final String HEADER = "ID, ENTITY, SURVIVOR_ID, LABEL, MERGED_AT, UNDONE_AT";

    private static MergeEntry header(ResultSet rows) throws SQLException {
        Timestamp undone = rows.getTimestamp(6);
        return new MergeEntry(rows.getLong(1), rows.getString(2), rows.getLong(3), new ArrayList<>(), rows.getString(4),
                rows.getTimestamp(5).toInstant(), new LinkedHashMap<>(), new LinkedHashMap<>(), undone == null ? null : undone.toInstant());
    }

    /** One merge with its rows as kept (values still encoded), or null when the journal has no such merge. */
    static Kept read(Connection connection, long mergeId) throws SQLException {
        ensureTables(connection);
        MergeEntry merge;
        try (PreparedStatement query = connection.prepareStatement("SELECT " + HEADER + " FROM " + MERGES + " WHERE ID = ?")) {
            query.setLong(1, mergeId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                merge = header(rows);
            }
        }
        List<Row> kept = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT KIND, ENTITY, RECORD_ID, FROM_ID, BEFORE_VALUES, VERSION_AFTER FROM "
                + ENTRIES + " WHERE MERGE_ID = ? ORDER BY RECORD_ID")) {
            query.setLong(1, mergeId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long from = rows.getLong(4);
                    Long fromId = rows.wasNull() ? null : from;
                    String before = rows.getString(5);
                    int version = rows.getInt(6);
                    kept.add(new Row(rows.getString(1).trim(), rows.getString(2), rows.getLong(3), fromId, before, rows.wasNull() ? null : version));
                }
            }
        }
        return new Kept(merge, kept);
    }

    /** Marks the merge undone; false when it already was (an undo running at the same time). */
    static boolean markUndone(Connection connection, long mergeId, java.time.Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + MERGES + " SET UNDONE_AT = ? WHERE ID = ? AND UNDONE_AT IS NULL")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setLong(2, mergeId);
            return update.executeUpdate() == 1;
        }
    }
}
