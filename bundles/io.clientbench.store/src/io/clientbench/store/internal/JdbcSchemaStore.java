package io.clientbench.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.store.AuditEntry.Action;
import io.clientbench.store.Database;
import io.clientbench.store.MigrationProgress;
import io.clientbench.store.SchemaMigration;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoreException.Reason;

/**
 * {@link SchemaStore} over JDBC with standard DDL (kept in this one class so another database needs changes here only).
 * Every entity gets a table with an ID, a VERSION for optimistic locking and, for contained entities, the owner's ID;
 * every value field a real column named by its storage key. The whole migration is one transaction.
 */
public class JdbcSchemaStore implements SchemaStore {

    static final int TEXT_DEFAULT_LENGTH = 255;
    /** The sequence every record id comes from, and how many ids one call reserves. */
    public static final String ID_SEQUENCE = "CB_ID_SEQ";
    public static final int ID_BLOCK = 500;
    static final int LONG_TEXT_LENGTH = 8000;

    private Database database;

    public JdbcSchemaStore() {
    }

    public JdbcSchemaStore(Database database) {
        this.database = database;
    }

    void setDatabase(Database database) {
        this.database = database;
    }

    @Override
    public SchemaMigration migrate(MergedSchema schema) throws StoreException {
        return migrate(schema, (SchemaOverlay) null);
    }

    @Override
    public SchemaMigration migrate(MergedSchema schema, SchemaOverlay overlay) throws StoreException {
        return migrate(schema, overlay, MigrationProgress.NONE);
    }

    @Override
    public SchemaMigration migrate(MergedSchema schema, SchemaOverlay overlay, MigrationProgress progress) throws StoreException {
        try (Connection connection = database.connect()) {
            int from = StoreMetadata.schemaVersion(connection);
            List<String> statements = plan(connection, schema);
            progress.begin(statements.size() + 1);
            try (Statement ddl = connection.createStatement()) {
                for (String statement : statements) {
                    stopIfCanceled(connection, progress);
                    ddl.executeUpdate(statement);
                    progress.step(statement);
                }
            }
            int to = statements.isEmpty() ? from : from + 1;
            if (to != from) {
                StoreMetadata.setSchemaVersion(connection, to);
            }
            if (overlay != null) {
                OverlayTable.store(connection, overlay);
            }
            if (!statements.isEmpty() || overlay != null) {
                auditMigration(connection, from, to, statements, overlay != null);
            }
            stopIfCanceled(connection, progress);
            connection.commit();
            progress.step(OverlayTable.TABLE);
            return new SchemaMigration(from, to, List.copyOf(statements));
        } catch (SQLException | IOException e) {
            throw failure(e);
        }
    }

    /** One audit line for a whole migration: the layout versions, and the DDL (cut to what the line holds). */
    private static void auditMigration(Connection connection, int from, int to, List<String> statements, boolean overlay) throws SQLException {
        try (AuditWriter audit = new AuditWriter(connection)) {
            String detail = "v" + from + " -> v" + to + (overlay ? " +overlay" : "") + ": " + String.join("; ", statements);
            audit.summary(Action.MIGRATE, null, null, null, detail, null);
            audit.flush();
        }
    }

    /** Rolls back and says so when the user cancelled; Derby's DDL is transactional, so nothing remains. */
    private static void stopIfCanceled(Connection connection, MigrationProgress progress) throws SQLException, StoreException {
        if (progress.isCanceled()) {
            connection.rollback();
            throw new StoreException(Reason.CANCELED, StoreMessages.migrationCanceled, null);
        }
    }

    @Override
    public SchemaMigration plan(MergedSchema schema) throws StoreException {
        try (Connection connection = database.connect()) {
            int from = StoreMetadata.schemaVersion(connection);
            List<String> statements = plan(connection, schema);
            connection.rollback();
            return new SchemaMigration(from, statements.isEmpty() ? from : from + 1, List.copyOf(statements));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public SchemaOverlay overlay() throws StoreException {
        try (Connection connection = database.connect()) {
            SchemaOverlay overlay = OverlayTable.load(connection);
            connection.commit();
            return overlay;
        } catch (SQLException | IOException e) {
            throw failure(e);
        }
    }

    private StoreException failure(Exception e) {
        String state = e instanceof SQLException sql ? sql.getSQLState() : "?";
        return new StoreException(Reason.DATABASE_ERROR, NLS.bind(StoreMessages.databaseError,
                new Object[] { database.location(), state, e.getMessage() }), e);
    }

    @Override
    public Path purge(MergedSchema schema, String entity, String field, Path backupFolder)
            throws StoreException {
        FieldDescriptor descriptor = schema.entity(entity).flatMap(e -> e.field(field)).filter(FieldDescriptor::hidden)
                .orElseThrow(() -> new StoreException(Reason.INCOMPATIBLE_CHANGE, NLS.bind(StoreMessages.purgeNotHidden, entity, field), null));
        Path copy = database.backup(backupFolder);
        try (Connection connection = database.connect(); Statement ddl = connection.createStatement()) {
            int version = StoreMetadata.schemaVersion(connection);
            ddl.executeUpdate("ALTER TABLE " + SchemaStore.table(entity) + " DROP COLUMN " + SchemaStore.column(descriptor.column()));
            StoreMetadata.setSchemaVersion(connection, version + 1);
            try (AuditWriter audit = new AuditWriter(connection)) {
                audit.summary(Action.PURGE, entity, null, field, copy.toString(), null);
                audit.flush();
            }
            connection.commit();
            return copy;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The DDL that brings the database to the schema; refuses (throws) changes that would lose data. */
    List<String> plan(Connection connection, MergedSchema schema) throws SQLException, StoreException {
        List<String> statements = new ArrayList<>();
        if (!sequenceExists(connection)) {
            // ids come from one sequence in blocks (EclipseLink reads a value as the last id of its block), so inserts batch
            statements.add("CREATE SEQUENCE " + ID_SEQUENCE + " AS BIGINT START WITH " + ID_BLOCK + " INCREMENT BY " + ID_BLOCK);
        }
        for (EntitySchema entity : schema.entities().values()) {
            String table = SchemaStore.table(entity.name());
            Map<String, ColumnInfo> existing = columns(connection, table);
            if (existing.isEmpty()) {
                boolean contained = schema.ownerOf(entity.name()).isPresent();
                statements.add(createTable(table, contained));
                if (contained) {
                    statements.add("CREATE INDEX " + table + "_OWNER ON " + table + " (OWNER_ID)");
                }
            }
            for (FieldDescriptor field : entity.fields()) {
                if (!field.kind().isStored()) {
                    continue;
                }
                String column = SchemaStore.column(field.column());
                ColumnInfo current = existing.get(column);
                if (current == null) {
                    statements.add("ALTER TABLE " + table + " ADD COLUMN " + column + " " + sqlType(field));
                } else {
                    checkCompatible(connection, entity, field, table, column, current).ifPresent(statements::add);
                }
            }
        }
        return statements;
    }

    private static boolean sequenceExists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM SYS.SYSSEQUENCES WHERE SEQUENCENAME = ?")) {
            query.setString(1, ID_SEQUENCE);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String createTable(String table, boolean owned) {
        return "CREATE TABLE " + table + " (ID BIGINT NOT NULL PRIMARY KEY, "
                + "VERSION INTEGER DEFAULT 1 NOT NULL" + (owned ? ", OWNER_ID BIGINT" : "") + ")";
    }

    static String sqlType(FieldDescriptor field) {
        return switch (field.kind()) {
            case TEXT -> "VARCHAR(" + (field.maxLength() > 0 ? field.maxLength() : TEXT_DEFAULT_LENGTH) + ")";
            case LONG_TEXT -> "VARCHAR(" + Math.max(LONG_TEXT_LENGTH, field.maxLength()) + ")";
            case INTEGER, REFERENCE -> "BIGINT"; // a reference holds the target record's id
            case DECIMAL -> "DECIMAL(19,4)";
            case DATE -> "DATE";
            case DATE_TIME -> "TIMESTAMP";
            case BOOLEAN -> "BOOLEAN";
            case ENUM -> "VARCHAR(64)";
            case MULTI_ENUM -> "VARCHAR(1024)";
            default -> throw new IllegalArgumentException(field.kind() + " has no column");
        };
    }

    private record ColumnInfo(int sqlType, int size) {
    }

    private static Map<String, ColumnInfo> columns(Connection connection, String table) throws SQLException {
        Map<String, ColumnInfo> columns = new HashMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(null, null, table, null)) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME"), new ColumnInfo(rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE")));
            }
        }
        return columns;
    }

    /**
     * An existing column for a field: the same type needs nothing, a longer text widens it, anything else would need
     * the data converted and is refused while the column holds data.
     */
    private static Optional<String> checkCompatible(Connection connection, EntitySchema entity, FieldDescriptor field,
            String table, String column, ColumnInfo current) throws SQLException, StoreException {
        int wanted = jdbcType(field);
        boolean textual = current.sqlType() == Types.VARCHAR;
        if (wanted == current.sqlType() || (wanted == Types.VARCHAR && textual)) {
            int length = textLength(field);
            if (textual && length > current.size()) {
                return Optional.of("ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DATA TYPE VARCHAR(" + length + ")");
            }
            return Optional.empty();
        }
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + column + " IS NOT NULL");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            long values = rs.getLong(1);
            throw new StoreException(Reason.INCOMPATIBLE_CHANGE, NLS.bind(StoreMessages.incompatibleChange, new Object[] {
                    entity.name(), field.name(), typeName(current.sqlType()), sqlType(field).toLowerCase(Locale.ROOT), values }), null);
        }
    }

    private static int textLength(FieldDescriptor field) {
        String type = sqlType(field);
        return type.startsWith("VARCHAR(") ? Integer.parseInt(type.substring(8, type.length() - 1)) : 0;
    }

    private static int jdbcType(FieldDescriptor field) {
        return switch (field.kind()) {
            case INTEGER, REFERENCE -> Types.BIGINT;
            case DECIMAL -> Types.DECIMAL;
            case DATE -> Types.DATE;
            case DATE_TIME -> Types.TIMESTAMP;
            case BOOLEAN -> Types.BOOLEAN;
            default -> Types.VARCHAR;
        };
    }

    private static String typeName(int sqlType) {
        return switch (sqlType) {
            case Types.BIGINT -> "bigint";
            case Types.DECIMAL -> "decimal";
            case Types.DATE -> "date";
            case Types.TIMESTAMP -> "timestamp";
            case Types.BOOLEAN -> "boolean";
            case Types.VARCHAR -> "text";
            default -> "type " + sqlType;
        };
    }
}
