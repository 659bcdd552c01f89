package io.clientbench.store;

import java.nio.file.Path;

import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.internal.EmbeddedDerbyDatabase;
import io.clientbench.store.internal.JdbcAuditLog;
import io.clientbench.store.internal.JdbcSchemaStore;
import io.clientbench.store.internal.JpaRecordRepository;

/**
 * The store on a data folder chosen by the caller rather than by the DS components (the command line's
 * {@code --data}, tests): a database with its schema store, repository and audit log, closed together.
 */
public final class StandaloneStore implements AutoCloseable {

    private final EmbeddedDerbyDatabase database;
    private final JdbcSchemaStore schemaStore;
    private final JpaRecordRepository repository;
    private final JdbcAuditLog auditLog;

    /**
     * Nothing is opened yet: the first use opens (or creates) the database.
     *
     * @param bootPassword the password of an encrypted database, or null
     */
    public StandaloneStore(Path dataFolder, char[] bootPassword, SchemaRegistry schemas) {
        database = new EmbeddedDerbyDatabase(dataFolder.toAbsolutePath());
        if (bootPassword != null) {
            database.usePassword(bootPassword);
        }
        schemaStore = new JdbcSchemaStore(database);
        repository = new JpaRecordRepository(database, schemas);
        auditLog = new JdbcAuditLog(database);
    }

    public Database database() {
        return database;
    }

    public SchemaStore schemaStore() {
        return schemaStore;
    }

    public RecordRepository repository() {
        return repository;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    /** Closes the repository and shuts the database down cleanly. */
    @Override
    public void close() {
        repository.close();
        database.close();
    }
}
