package io.clientbench.ui;

/**
 * Encryption of the open database, asked for in this session and done when the workbench has closed: Derby encrypts an
 * existing database only while booting it, so the application shuts it down after the workbench, makes a backup,
 * encrypts it with the password and restarts (exit code 23); the next start asks for the password. The password is
 * kept in memory only, never written anywhere.
 */
public final class DatabaseEncryption {

    private static char[] pending;

    private DatabaseEncryption() {
    }

    /** Encrypts the database with {@code password} after the workbench closes; call, then restart the workbench. */
    public static synchronized void requestAtRestart(char[] password) {
        pending = password.clone();
    }

    /** Whether an encryption waits for the restart. */
    public static synchronized boolean isPending() {
        return pending != null;
    }

    /** The password of the encryption asked for, once (then forgotten), or null. */
    public static synchronized char[] take() {
        char[] password = pending;
        pending = null;
        return password;
    }
}
