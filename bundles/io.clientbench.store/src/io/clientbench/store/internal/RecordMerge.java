package io.clientbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.persistence.dynamic.DynamicEntity;
import org.eclipse.persistence.sessions.Session;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.model.MergedSchema;
import io.clientbench.store.RecordMerger.MergeEntry;
import io.clientbench.store.RecordMerger.MergeRequest;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.StoreException;
import jakarta.persistence.EntityManager;

/**
 * One merge inside the repository's transaction. Every version is checked before anything is written, so a stale
 * record refuses the merge whole; the owned records and references move with one UPDATE per table and merged record
 * (their ids are read first, for the journal); the survivor's changes and the deletes go through JPA, whose version
 * checks catch a writer in between.
 */
final class RecordMerge {

    private final JpaRecordRepository repository;
    private final EntityManager em;
    private final Connection connection;
    private final MergedSchema schema;

    RecordMerge(JpaRecordRepository repository, EntityManager em) {
        this.repository = repository;
        this.em = em;
        this.connection = em.unwrap(Connection.class);
        this.schema = repository.mappedSchema();
    }

    MergeEntry run(MergeRequest request) throws StoreException, SQLException {
        String entity = request.entity();
        Class<?> type = repository.type(entity).getJavaClass();
        EntitySchema fields = repository.entitySchema(entity);
        DynamicEntity survivor = checked(type, entity, request.survivorId(), request.survivorVersion());
        Map<Long, String> before = new LinkedHashMap<>();
        before.put(request.survivorId(), ImportJournal.encode(values(fields, survivor)));
        List<DynamicEntity> mergedAway = new ArrayList<>();
        for (Map.Entry<Long, Integer> merged : request.merged().entrySet()) {
            if (merged.getKey() == request.survivorId()) {
                throw new IllegalArgumentException("the survivor cannot be merged into itself");
            }
            DynamicEntity record = checked(type, entity, merged.getKey(), merged.getValue());
            before.put(merged.getKey(), ImportJournal.encode(values(fields, record)));
            mergedAway.add(record);
        }
        Map<String, Map<Long, MergeJournal.Moved>> moved = new LinkedHashMap<>();
        for (EntitySchema other : schema.entities().values()) {
            String table = SchemaStore.table(other.name());
            if (schema.ownerOf(other.name()).filter(entity::equals).isPresent()) {
                repoint(table, "OWNER_ID", other.name(), request, moved);
            }
            for (FieldDescriptor field : other.fields()) {
                if (field.kind() == FieldKind.REFERENCE && entity.equals(field.target())) {
                    repoint(table, SchemaStore.column(field.column()), other.name() + "." + field.name(), request, moved);
                }
            }
        }
        repository.assign(entity, survivor, request.survivorChanges());
        em.flush(); // UPDATE … WHERE VERSION = ?: a save in between fails the merge as a conflict
        Map<Long, Integer> versionsAfter = new LinkedHashMap<>(request.merged());
        versionsAfter.put(request.survivorId(), ((Number) survivor.get(JpaRecordRepository.VERSION)).intValue());
        for (DynamicEntity record : mergedAway) {
            em.remove(record);
        }
        em.flush();
        long id = ((Number) em.unwrap(Session.class).getNextSequenceNumberValue(type)).longValue();
        Map<String, List<Long>> movedIds = new LinkedHashMap<>();
        moved.forEach((name, ids) -> movedIds.put(name, List.copyOf(ids.keySet())));
        MergeEntry entry = new MergeEntry(id, entity, request.survivorId(), List.copyOf(request.merged().keySet()), request.label(),
                Instant.now(), Map.of(), Map.copyOf(movedIds));
        MergeJournal.record(connection, entry, before, versionsAfter, moved);
        return entry;
    }

    private DynamicEntity checked(Class<?> type, String entity, long id, int version) throws StoreException {
        DynamicEntity record = (DynamicEntity) em.find(type, id);
        int stored = record == null ? -1 : ((Number) record.get(JpaRecordRepository.VERSION)).intValue();
        if (stored != version) {
            throw JpaRecordRepository.conflict(entity, id, version, stored);
        }
        return record;
    }

    /** Points the column's references to merged records at the survivor, remembering each moved record's old target. */
    private void repoint(String table, String column, String name, MergeRequest request, Map<String, Map<Long, MergeJournal.Moved>> moved)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, VERSION FROM " + table + " WHERE " + column + " = ?");
                PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE " + column + " = ?")) {
            for (long from : request.merged().keySet()) {
                select.setLong(1, from);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        moved.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(rows.getLong(1), new MergeJournal.Moved(from, rows.getInt(2)));
                    }
                }
                update.setLong(1, request.survivorId());
                update.setLong(2, from);
                update.executeUpdate();
            }
        }
    }

    private static Map<String, Object> values(EntitySchema fields, DynamicEntity record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldDescriptor field : fields.fields()) {
            if (field.kind().isStored()) {
                values.put(field.name(), record.get(field.name()));
            }
        }
        return values;
    }
}
