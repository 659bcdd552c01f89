package io.clientbench.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.persistence.dynamic.DynamicEntity;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.store.RecordMerger.MergeEntry;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoreException.Reason;
import jakarta.persistence.EntityManager;

/**
 * Takes one merge back inside the repository's transaction. Everything is checked before anything is written: the
 * survivor and every moved record must still be at the version the journal kept right after the merge (and a moved
 * record still point at the survivor), else the undo would throw away work done since — it is refused whole. Then the
 * merged-away records are inserted again with their old ids (ids come from one sequence and are never handed out
 * twice, so the id is free) at the version they were deleted at — with exactly that version's values, so an editor
 * still open on it saves correctly, and merges undone newest first each find their survivor as they left it; the
 * moved records point back (their version kept, as the merge kept it); the survivor takes its old values through JPA, whose version check catches a writer in between.
 */
final class MergeUndo {

    /** What the undo did, for the audit lines. */
    record Undone(MergeEntry merge, Map<Long, Map<String, Object>> recreated, Map<String, Object> survivorBefore,
            Map<String, Object> survivorRestored, int movedBack) {
    }

    private final JpaRecordRepository repository;
    private final EntityManager em;
    private final Connection connection;

    MergeUndo(JpaRecordRepository repository, EntityManager em) {
        this.repository = repository;
        this.em = em;
        this.connection = em.unwrap(Connection.class);
    }

    Undone run(long mergeId) throws SQLException, StoreException {
        // read inside the transaction: an undo running at the same time finds it undone (markUndone below)
        MergeJournal.Kept kept = MergeJournal.read(connection, mergeId);
        if (kept == null) {
            throw new StoreException(Reason.CONFLICT, NLS.bind(StoreMessages.mergeUnknown, mergeId), null);
        }
        MergeEntry merge = kept.merge();
        if (merge.undone()) {
            throw new StoreException(Reason.CONFLICT, NLS.bind(StoreMessages.mergeAlreadyUndone, merge.label()), null);
        }
        String entity = merge.entity();
        EntitySchema fields = repository.entitySchema(entity);
        Class<?> type = repository.type(entity).getJavaClass();
        MergeJournal.Row survivorRow = null;
        List<MergeJournal.Row> mergedAway = new ArrayList<>();
        List<MergeJournal.Row> moved = new ArrayList<>();
        for (MergeJournal.Row row : kept.rows()) {
            if (row.versionAfter() == null) {
                throw new StoreException(Reason.CONFLICT, NLS.bind(StoreMessages.mergeTooOld, merge.label()), null);
            }
            switch (row.kind()) {
                case MergeJournal.SURVIVOR -> survivorRow = row;
                case MergeJournal.MERGED -> mergedAway.add(row);
                default -> moved.add(row);
            }
        }
        // 1. check everything
        DynamicEntity survivor = (DynamicEntity) em.find(type, merge.survivorId());
        if (survivorRow == null || survivor == null || storedVersion(SchemaStore.table(entity), merge.survivorId()) != survivorRow.versionAfter()
                || ((Number) survivor.get(JpaRecordRepository.VERSION)).intValue() != survivorRow.versionAfter()) {
            throw changedSince(merge, entity, merge.survivorId());
        }
        for (MergeJournal.Row row : moved) {
            if (!pointsAtSurvivor(row, merge.survivorId())) {
                throw changedSince(merge, row.entity().split("\\.")[0], row.recordId());
            }
        }
        for (MergeJournal.Row row : mergedAway) {
            if (exists(SchemaStore.table(entity), row.recordId())) { // cannot happen unless written by hand
                throw changedSince(merge, entity, row.recordId());
            }
        }
        // 2. the merged-away records back with their ids, then what pointed at them
        Map<Long, Map<String, Object>> recreated = new LinkedHashMap<>();
        for (MergeJournal.Row row : mergedAway) {
            Map<String, Object> values = known(fields, ImportJournal.decode(fields, row.before()));
            insert(fields, row.recordId(), row.versionAfter(), values);
            recreated.put(row.recordId(), values);
        }
        for (MergeJournal.Row row : moved) {
            String[] target = row.entity().split("\\.");
            String column = target.length == 1 ? "OWNER_ID"
                    : SchemaStore.column(repository.entitySchema(target[0]).field(target[1]).orElseThrow().column());
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + SchemaStore.table(target[0]) + " SET " + column + " = ? WHERE ID = ?")) {
                update.setLong(1, row.fromId());
                update.setLong(2, row.recordId());
                update.executeUpdate();
            }
        }
        // 3. the survivor's old values
        Map<String, Object> restored = known(fields, ImportJournal.decode(fields, survivorRow.before()));
        Map<String, Object> before = new HashMap<>();
        restored.keySet().forEach(name -> before.put(name, survivor.get(name)));
        repository.assign(entity, survivor, restored);
        em.flush(); // UPDATE … WHERE VERSION = ?: a save since the check fails the undo as a conflict
        Instant now = Instant.now();
        if (!MergeJournal.markUndone(connection, mergeId, now)) {
            throw new StoreException(Reason.CONFLICT, NLS.bind(StoreMessages.mergeAlreadyUndone, merge.label()), null);
        }
        MergeEntry undone = new MergeEntry(merge.id(), entity, merge.survivorId(), mergedAway.stream().map(MergeJournal.Row::recordId).toList(),
                merge.label(), merge.at(), Map.of(), Map.of(), now);
        return new Undone(undone, recreated, before, restored, moved.size());
    }

    /** Whether the moved record is still there, untouched since the merge and pointing at the survivor. */
    private boolean pointsAtSurvivor(MergeJournal.Row row, long survivorId) throws SQLException, StoreException {
        String[] target = row.entity().split("\\.");
        String column = "OWNER_ID";
        if (target.length > 1) {
            FieldDescriptor field = repository.entitySchema(target[0]).field(target[1]).orElse(null);
            if (field == null) {
                return false; // the reference field is gone from the schema
            }
            column = SchemaStore.column(field.column());
        }
        repository.type(target[0]);
        try (PreparedStatement query = connection.prepareStatement("SELECT VERSION, " + column + " FROM " + SchemaStore.table(target[0])
                + " WHERE ID = ?")) {
            query.setLong(1, row.recordId());
            try (ResultSet found = query.executeQuery()) {
                return found.next() && found.getInt(1) == row.versionAfter() && found.getLong(2) == survivorId;
            }
        }
    }

    /** The row's version as the database holds it (not EclipseLink's cache), or -1 when it is gone. */
    private int storedVersion(String table, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT VERSION FROM " + table + " WHERE ID = ?")) {
            query.setLong(1, id);
            try (ResultSet found = query.executeQuery()) {
                return found.next() ? found.getInt(1) : -1;
            }
        }
    }

    private boolean exists(String table, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + table + " WHERE ID = ?")) {
            query.setLong(1, id);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    /** The kept values of fields the schema still has (a field purged since is left out). */
    private static Map<String, Object> known(EntitySchema fields, Map<String, Object> values) {
        Map<String, Object> known = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (fields.field(name).filter(f -> f.kind().isStored()).isPresent()) {
                known.put(name, value);
            }
        });
        return known;
    }

    private void insert(EntitySchema fields, long id, int version, Map<String, Object> values) throws SQLException {
        List<String> columns = new ArrayList<>(List.of("ID", "VERSION"));
        List<Object> parameters = new ArrayList<>(List.of(id, version));
        for (Map.Entry<String, Object> value : values.entrySet()) {
            if (value.getValue() != null) {
                columns.add(SchemaStore.column(fields.field(value.getKey()).orElseThrow().column()));
                parameters.add(jdbcValue(value.getValue()));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + SchemaStore.table(fields.name()) + " ("
                + String.join(", ", columns) + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")")) {
            for (int i = 0; i < parameters.size(); i++) {
                insert.setObject(i + 1, parameters.get(i));
            }
            insert.executeUpdate();
        }
    }

    private static Object jdbcValue(Object value) {
        return switch (value) {
            case LocalDate date -> Date.valueOf(date);
            case LocalDateTime time -> Timestamp.valueOf(time);
            default -> JpaRecordRepository.toColumn(value);
        };
    }

    private String label(String entity) {
        EntitySchema schema = repository.entitySchema(entity);
        return schema == null ? entity : schema.label().text();
    }

    private StoreException changedSince(MergeEntry merge, String entity, long id) {
        return new StoreException(Reason.CONFLICT, NLS.bind(StoreMessages.mergeChangedSince,
                new Object[] { merge.label(), label(entity), Long.toString(id) }), null);
    }
}
