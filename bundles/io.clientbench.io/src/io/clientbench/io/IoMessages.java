package io.clientbench.io;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Import and export messages per locale ({@code messages.properties}, {@code messages_zh.properties}), looked up per
 * call like the validation messages: a report is shown in the user's language and may be saved in the other.
 */
public final class IoMessages {

    private static final String BUNDLE = "io.clientbench.io.messages";

    private IoMessages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, IoMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
