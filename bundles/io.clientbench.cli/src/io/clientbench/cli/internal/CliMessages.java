package io.clientbench.cli.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's messages per locale ({@code messages.properties}, {@code messages_zh.properties}); the locale
 * comes from {@code -nl}, so a scheduled job's log is in the language it was started with.
 */
final class CliMessages {

    private static final String BUNDLE = "io.clientbench.cli.internal.messages";

    private CliMessages() {
    }

    static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, CliMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
