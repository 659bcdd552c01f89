package io.clientbench.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.RecordRepository.BatchProgress;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoreException.Reason;

/**
 * Writes many new records with one batched INSERT on the entity manager's own connection and transaction. New rows need
 * none of what a persistence context gives (change sets, identity, cache merge), and building those for 100k rows of
 * about a hundred columns cost the store 2.7× raw JDBC (BENCHMARKS.md). Ids still come from EclipseLink's sequencing,
 * so they never collide with records created one by one; the version starts at 1 as for a persisted entity.
 */
final class BulkInsert {

    static final int BATCH = 1_000;

    private final EntitySchema entity;
    private final boolean owned;
    private final List<FieldDescriptor> fields;
    /** The value fields some row gives, noted by {@link #checkFields}. */
    private Set<String> given;

    BulkInsert(EntitySchema entity, boolean owned) {
        this.entity = entity;
        this.owned = owned;
        this.fields = entity.fields().stream().filter(f -> f.kind().isStored()).toList();
    }

    /**
     * Inserts the rows with the given ids; the caller commits or rolls back.
     *
     * @throws StoreException {@link Reason#CANCELED} when the progress asks to stop between two chunks
     */
    void insert(Connection connection, List<Map<String, Object>> rows, long[] ids, BatchProgress progress)
            throws SQLException, StoreException {
        List<String> columns = new ArrayList<>(List.of("ID", "VERSION"));
        if (owned) {
            columns.add("OWNER_ID");
        }
        // only the fields some row has a value for: an import of 15 columns need not bind 80 NULLs per row (the
        // columns left out are NULL anyway), which made the CSV import of 100k customers up to 1.9x raw JDBC
        if (given == null) {
            throw new IllegalStateException("checkFields first");
        }
        List<FieldDescriptor> fields = this.fields.stream().filter(f -> given.contains(f.name())).toList();
        fields.forEach(f -> columns.add(SchemaStore.column(f.column())));
        String sql = "INSERT INTO " + SchemaStore.table(entity.name()) + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int row = 0; row < rows.size(); row++) {
                Map<String, Object> values = rows.get(row);
                int parameter = 1;
                insert.setLong(parameter++, ids[row]);
                insert.setInt(parameter++, 1);
                if (owned) {
                    insert.setObject(parameter++, values.get(RecordRepository.OWNER));
                }
                for (FieldDescriptor field : fields) {
                    insert.setObject(parameter++, jdbcValue(values.get(field.name())));
                }
                insert.addBatch();
                if ((row + 1) % BATCH == 0 || row == rows.size() - 1) {
                    insert.executeBatch();
                    progress.written(row + 1);
                    if (progress.isCanceled()) {
                        throw new StoreException(Reason.CANCELED, StoreMessages.importCanceled, null);
                    }
                }
            }
        }
    }

    /**
     * Checks that every key is a value field of the entity, before anything is written, and notes which fields the rows
     * give. One pass over the rows: computed rows ({@code OwnedRecords.Replacement.computed}) are built per read.
     */
    void checkFields(List<Map<String, Object>> rows) {
        Set<String> valueFields = JpaRecordRepository.valueFields(entity);
        Set<String> given = new HashSet<>();
        rows.forEach(values -> given.addAll(values.keySet()));
        // every key of every row is in the union: checking the union checks them all
        JpaRecordRepository.checkValueFields(entity, valueFields, given, owned);
        this.given = given;
    }

    private static Object jdbcValue(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> Date.valueOf(date);
            case LocalDateTime time -> Timestamp.valueOf(time);
            default -> JpaRecordRepository.toColumn(value);
        };
    }
}
