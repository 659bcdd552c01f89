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
 * pointed before (kind R, with the owner link or reference field moved). Enough to show what a merge did and to take
 * it back by hand.
 */
final class MergeJournal {

    static final String MERGES = "CB_MERGE";
    static final String ENTRIES = "CB_MERGE_ENTRY";
    static final String SURVIVOR = "S";
    static final String MERGED = "M";
    static final String MOVED = "R";

    private MergeJournal() {
    }

    static void ensureTables(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, MERGES, null)) {
            if (tables.next()) {
                return;
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.executeUpdate("CREATE TABLE " + MERGES + " (ID BIGINT NOT NULL PRIMARY KEY, ENTITY VARCHAR(128) NOT NULL, "
                    + "SURVIVOR_ID BIGINT NOT NULL, LABEL VARCHAR(255), MERGED_AT TIMESTAMP NOT NULL)");
            ddl.executeUpdate("CREATE TABLE " + ENTRIES + " (MERGE_ID BIGINT NOT NULL, KIND CHAR(1) NOT NULL, ENTITY VARCHAR(160) NOT NULL, "
                    + "RECORD_ID BIGINT NOT NULL, FROM_ID BIGINT, BEFORE_VALUES CLOB)");
            ddl.executeUpdate("CREATE INDEX " + ENTRIES + "_MERGE ON " + ENTRIES + " (MERGE_ID)");
        }
    }

    static void record(Connection connection, MergeEntry merge, Map<Long, String> encodedBefore, Map<String, Map<Long, Long>> movedFrom)
            throws SQLException {
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
                + " (MERGE_ID, KIND, ENTITY, RECORD_ID, FROM_ID, BEFORE_VALUES) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, String> before : encodedBefore.entrySet()) {
                insert.setLong(1, merge.id());
                insert.setString(2, before.getKey() == merge.survivorId() ? SURVIVOR : MERGED);
                insert.setString(3, merge.entity());
                insert.setLong(4, before.getKey());
                insert.setNull(5, java.sql.Types.BIGINT);
                insert.setString(6, before.getValue());
                insert.addBatch();
            }
            for (Map.Entry<String, Map<Long, Long>> moved : movedFrom.entrySet()) {
                for (Map.Entry<Long, Long> record : moved.getValue().entrySet()) {
                    insert.setLong(1, merge.id());
                    insert.setString(2, MOVED);
                    insert.setString(3, moved.getKey());
                    insert.setLong(4, record.getKey());
                    insert.setLong(5, record.getValue());
                    insert.setNull(6, java.sql.Types.CLOB);
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
                ResultSet rows = query.executeQuery("SELECT ID, ENTITY, SURVIVOR_ID, LABEL, MERGED_AT FROM " + MERGES + " ORDER BY ID DESC")) {
            while (rows.next()) {
                merges.add(new MergeEntry(rows.getLong(1), rows.getString(2), rows.getLong(3), new ArrayList<>(), rows.getString(4),
                        rows.getTimestamp(5).toInstant(), new LinkedHashMap<>(), new LinkedHashMap<>()));
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
                        merge.at(), Map.copyOf(merge.before()), Map.copyOf(merge.moved())));
            }
        }
        return read;
    }
}
