package io.clientbench.store;

/** A store failure with a message a user can read (localized). */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the store failed, so callers can react without parsing messages. */
    public enum Reason {
        /** Another process has the embedded database open. */
        IN_USE,
        /** The database is encrypted and the boot password is wrong or missing. */
        WRONG_PASSWORD,
        /** The data folder cannot be created or written. */
        FOLDER_NOT_WRITABLE,
        /** A schema change that would lose or corrupt stored data; nothing was changed. */
        INCOMPATIBLE_CHANGE,
        /** Someone else saved the record since it was read (optimistic lock); nothing was written. */
        CONFLICT,
        /** The user cancelled a long operation before it committed; nothing was changed. */
        CANCELED,
        /** Any other database failure. */
        DATABASE_ERROR
    }

    private final Reason reason;

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
