package io.clientbench.store;

import java.nio.file.Path;
import java.util.Locale;

import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaOverlay;

/**
 * Keeps the database's tables in step with the merged schema. Migrations only add: a new field adds a column, a hidden
 * or renamed field keeps its column and data, a new value needs no change. A change that would lose or corrupt data
 * (e.g. text that does not convert to a number) is refused whole with a message naming the entity and field.
 */
public interface SchemaStore {

    /** Brings the store to the schema in one transaction; nothing changes if any step fails. */
    SchemaMigration migrate(MergedSchema schema) throws StoreException;

    /**
     * Brings the store to the schema an admin overlay gives and keeps the overlay in the database, in one transaction:
     * the schema and its data never part, and a backup carries both.
     *
     * @param schema the merged schema with {@code overlay} in it ({@code SchemaRegistry.preview(overlay)})
     */
    SchemaMigration migrate(MergedSchema schema, SchemaOverlay overlay) throws StoreException;

    /**
     * As {@link #migrate(MergedSchema, SchemaOverlay)}, reporting each step to {@code progress}.
     *
     * @throws StoreException with {@link StoreException.Reason#CANCELED} when {@code progress} was cancelled before the
     *                        commit; nothing changed then
     */
    SchemaMigration migrate(MergedSchema schema, SchemaOverlay overlay, MigrationProgress progress) throws StoreException;

    /** What {@link #migrate(MergedSchema)} would do, without doing it (the schema editor shows it before applying). */
    SchemaMigration plan(MergedSchema schema) throws StoreException;

    /** The admin overlay last stored with {@link #migrate(MergedSchema, SchemaOverlay)}, or an empty one. */
    SchemaOverlay overlay() throws StoreException;

    /**
     * Drops the column of a field an admin hid, the only way data leaves the store: after an automatic backup into
     * {@code backupFolder}, in one transaction.
     *
     * @return the backup copy made first
     * @throws StoreException if the field is not hidden (nothing is changed then)
     */
    Path purge(MergedSchema schema, String entity, String field, Path backupFolder) throws StoreException;

    /** The table that holds an entity's records. */
    static String table(String entity) {
        return "CB_" + snake(entity);
    }

    /** The column that holds a field, from its storage key (which a rename keeps). */
    static String column(String storageKey) {
        return "F_" + snake(storageKey);
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
