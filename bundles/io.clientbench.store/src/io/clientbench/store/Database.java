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

    /** Whether the database exists and is encrypted at rest, so that opening it needs its boot password. */
    default boolean isEncrypted() {
        return false;
    }

    /**
     * The boot password to open an encrypted database with, given before {@link #open()} (a start-up prompt, the
     * command line). A wrong one makes {@link #open()} fail with {@link StoreException.Reason#WRONG_PASSWORD}.
     */
    default void usePassword(char[] bootPassword) {
        throw new UnsupportedOperationException();
    }

    /**
     * Encrypts the existing, unencrypted database in place with a boot password (Derby data encryption): the database
     * is shut down, booted again encrypting every file, and from then on needs the password. Make a backup first; it
     * stays unencrypted. Call before anything else uses the database (at start-up).
     */
    default DatabaseInfo encrypt(char[] bootPassword) throws StoreException {
        throw new UnsupportedOperationException();
    }

    /** The folder that holds the database files, whether or not it exists yet. */
    Path location();

    boolean isOpen();
}
