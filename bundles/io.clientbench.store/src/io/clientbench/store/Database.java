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

    /** The folder that holds the database files, whether or not it exists yet. */
    Path location();

    boolean isOpen();
}
