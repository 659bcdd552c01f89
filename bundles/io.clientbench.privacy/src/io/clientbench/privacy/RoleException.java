package io.clientbench.privacy;

import java.util.Locale;

import io.clientbench.privacy.internal.PrivacyMessages;

/** A refused role change or password change, with a message in the user's language. */
public class RoleException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why it was refused, so a caller (the CLI's exit code) can react without reading the message. */
    public enum Reason {
        WRONG_PASSWORD, NOT_ALLOWED, WEAK_PASSWORD, STORE_ERROR
    }

    private final Reason reason;
    private final String key;
    private final transient Object[] arguments;

    public RoleException(Reason reason, String key, Throwable cause, Object... arguments) {
        super(PrivacyMessages.format(Locale.getDefault(), key, arguments), cause);
        this.reason = reason;
        this.key = key;
        this.arguments = arguments;
    }

    public Reason reason() {
        return reason;
    }

    /** The message in the given language (zh or en). */
    public String message(Locale locale) {
        return PrivacyMessages.format(locale, key, arguments);
    }
}
