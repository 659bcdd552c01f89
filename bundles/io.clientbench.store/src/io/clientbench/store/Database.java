package io.clientbench.store;

import java.nio.file.Path;
import java.sql.Connection;

/**
 * The Clientbench database: one embedded store per data folder, opened on first use.
 * Registered as an OSGi service; usable without SWT.
 */
public interface Database {

    /**
     * Opens the database, creating the data folder and an empty database on first start. Idempotent.
     *
     * @return what was opened
     * @throws StoreException with a localized message, e.g. when another process already uses the database
     */
    DatabaseInfo open() throws StoreException;

    /**
     * A new connection with auto-commit off; the caller commits and closes it, and closing rolls back whatever
     * was not committed. Opens the database if needed.
     */
    Connection connect() throws StoreException;

    /**
     * Copies the open database into {@code targetFolder} while others keep working (Derby's online backup).
     *
     * @return the folder of the copy, which {@link #restore(Path)} accepts
     */
    Path backup(Path targetFolder) throws StoreException;

    /** Replaces the database with a copy made by {@link #backup(Path)}; the database is closed and reopened. */
    DatabaseInfo restore(Path backupCopy) throws StoreException;

    /** The folder that holds the database files, whether or not it exists yet. */
    Path location();

    boolean isOpen();
}
