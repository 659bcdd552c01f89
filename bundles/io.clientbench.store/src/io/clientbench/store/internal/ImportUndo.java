package io.clientbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.persistence.dynamic.DynamicEntity;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.MergedSchema;
import io.clientbench.store.RecordRepository.ImportBatch;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoreException.Reason;
import jakarta.persistence.EntityManager;

/**
 * Undoes one import inside the repository's transaction. The records it created are deleted with plain SQL per run of
 * ids (a 100k-record import is a few hundred statements, not 100k entity removals), the owned records it added first;
 * the records it changed get their earlier values back through JPA. Refuses before anything is kept when one of them
 * was edited since (a created record's version moved past 1, a changed one's past the import's) or a created record now
 * owns records the import did not add (a contact entered later): undoing must not take away work done after the import,
 * nor leave records without their owner.
 */
final class ImportUndo {

    private final JpaRecordRepository repository;
    private final EntityManager em;
    private final Connection connection;
    private final MergedSchema schema;
    private ImportBatch batch;

    ImportUndo(JpaRecordRepository repository, EntityManager em) {
        this.repository = repository;
        this.em = em;
        this.connection = em.unwrap(Connection.class);
        this.schema = repository.mappedSchema();
    }

    ImportBatch run(long batchId) throws SQLException, StoreException {
        // read inside the transaction: an undo running at the same time must find it undone
        ImportJournal.Entries entries = ImportJournal.read(connection, batchId);
        batch = entries.batch();
        if (batch.undone()) {
            throw new StoreException(Reason.CONFLICT, NLS.bind(StoreMessages.importAlreadyUndone, batch.label(), batch.at()), null);
        }
        for (Map.Entry<String, List<long[]>> owned : entries.createdRuns().entrySet()) {
            if (!owned.getKey().equals(batch.entity())) {
                deleteCreated(owned.getKey(), owned.getValue());
            }
        }
        deleteCreated(batch.entity(), entries.createdRuns().getOrDefault(batch.entity(), List.of()));
        Class<?> type = repository.type(batch.entity()).getJavaClass();
        for (ImportJournal.Changed changed : entries.changed()) {
            DynamicEntity record = (DynamicEntity) em.find(type, changed.id());
            if (record == null || ((Number) record.get(JpaRecordRepository.VERSION)).intValue() != changed.versionAfter()) {
                throw editedSince(batch.entity(), changed.id());
            }
            repository.assign(batch.entity(), record, ImportJournal.decode(repository.entitySchema(batch.entity()), changed.before()));
        }
        em.flush();
        ImportJournal.markUndone(connection, batchId);
        return new ImportBatch(batch.id(), batch.entity(), batch.label(), batch.at(), batch.created(), batch.updated(), true);
    }

    private void deleteCreated(String entity, List<long[]> runs) throws SQLException, StoreException {
        String table = SchemaStore.table(entity);
        long expected = 0;
        for (long[] run : runs) {
            expected += run[1] - run[0] + 1;
            long edited = first("SELECT MIN(ID) FROM " + table + " WHERE ID BETWEEN ? AND ? AND VERSION <> 1", run);
            if (edited >= 0) {
                throw editedSince(entity, edited);
            }
            for (EntitySchema owned : schema.entities().values()) {
                if (schema.ownerOf(owned.name()).filter(entity::equals).isPresent()) {
                    long owner = first("SELECT MIN(OWNER_ID) FROM " + SchemaStore.table(owned.name()) + " WHERE OWNER_ID BETWEEN ? AND ?", run);
                    if (owner >= 0) {
                        throw new StoreException(Reason.CONFLICT, NLS.bind(StoreMessages.importOwnsRecords,
                                new Object[] { batch.label(), entity, Long.toString(owner), owned.name() }), null);
                    }
                }
            }
        }
        long deleted = 0;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE ID BETWEEN ? AND ?")) {
            for (long[] run : runs) {
                delete.setLong(1, run[0]);
                delete.setLong(2, run[1]);
                deleted += delete.executeUpdate();
            }
        }
        if (deleted != expected) { // a created record was deleted since: someone worked on the import's result
            throw editedSince(entity, -1);
        }
    }

    private StoreException editedSince(String entity, long id) {
        return new StoreException(Reason.CONFLICT, NLS.bind(StoreMessages.importEditedSince,
                new Object[] { batch.label(), entity, id < 0 ? "?" : Long.toString(id) }), null);
    }

    /** The first column of the query's only row as a number, or -1 for SQL NULL. */
    private long first(String sql, long[] run) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, run[0]);
            query.setLong(2, run[1]);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long value = row.getLong(1);
                return row.wasNull() ? -1 : value;
            }
        }
    }
}
