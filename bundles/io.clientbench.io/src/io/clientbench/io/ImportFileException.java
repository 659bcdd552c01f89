package io.clientbench.io;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/** A file that cannot be read as the format it claims, with the row (line) where reading stopped. */
public class ImportFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    /** @param key a key of {@code messages.properties}; its first argument is the row or line */
    public ImportFileException(String key, Throwable cause, Object... arguments) {
        super(IoMessages.format(Locale.getDefault(), key, arguments), cause);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The message in the given language. */
    public String message(Locale locale) {
        return IoMessages.format(locale, key, arguments);
    }

    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return key + Arrays.toString(arguments);
    }
}
