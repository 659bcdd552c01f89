package io.clientbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.osgi.util.NLS;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.MergedSchema;
import io.clientbench.store.RecordRepository.ImportBatch;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoreException.Reason;

/**
 * Deletes the records an import created, inside the undo's transaction, with plain SQL per run of ids (a 100k-record
 * import is a few hundred statements, not 100k entity removals). Refuses before deleting anything when one of them
 * was edited since (its version moved past 1) or now owns records (a contact added to an imported customer): undoing
 * must not take away work done after the import, nor leave records without their owner.
 */
final class ImportUndo {

    private final Connection connection;
    private final MergedSchema schema;
    private final EntitySchema entity;
    private final ImportBatch batch;

    ImportUndo(Connection connection, MergedSchema schema, EntitySchema entity, ImportBatch batch) {
        this.connection = connection;
        this.schema = schema;
        this.entity = entity;
        this.batch = batch;
    }

    void deleteCreated(Iterable<long[]> runs) throws SQLException, StoreException {
        String table = SchemaStore.table(entity.name());
        long expected = 0;
        for (long[] run : runs) {
            expected += run[1] - run[0] + 1;
            long edited = first("SELECT MIN(ID) FROM " + table + " WHERE ID BETWEEN ? AND ? AND VERSION <> 1", run);
            if (edited >= 0) {
                throw editedSince(edited);
            }
            for (EntitySchema owned : schema.entities().values()) {
                if (schema.ownerOf(owned.name()).filter(entity.name()::equals).isPresent()) {
                    long owner = first("SELECT MIN(OWNER_ID) FROM " + SchemaStore.table(owned.name()) + " WHERE OWNER_ID BETWEEN ? AND ?", run);
                    if (owner >= 0) {
                        throw new StoreException(Reason.CONFLICT, NLS.bind(StoreMessages.importOwnsRecords,
                                new Object[] { batch.label(), entity.name(), Long.toString(owner), owned.name() }), null);
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
            throw new StoreException(Reason.CONFLICT, NLS.bind(StoreMessages.importEditedSince,
                    new Object[] { batch.label(), entity.name(), "?" }), null);
        }
    }

    StoreException editedSince(long id) {
        return new StoreException(Reason.CONFLICT, NLS.bind(StoreMessages.importEditedSince,
                new Object[] { batch.label(), entity.name(), Long.toString(id) }), null);
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
