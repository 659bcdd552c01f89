package io.clientbench.privacy.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import io.clientbench.privacy.Role;

/** The bundle's texts in the language asked for (zh or en), so the headless CLI and tests can pick per call. */
public final class PrivacyMessages {

    private static final String BUNDLE = "io.clientbench.privacy.internal.messages";

    private PrivacyMessages() {
    }

    public static String get(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, PrivacyMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * A message with {0}-style arguments, a {@link Role} argument by its label in the same language; single quotes are
     * not special here (we write ’).
     */
    public static String format(Locale locale, String key, Object... arguments) {
        if (arguments == null || arguments.length == 0) {
            return get(locale, key);
        }
        Object[] shown = java.util.Arrays.stream(arguments).map(a -> a instanceof Role role ? role.label(locale) : a).toArray();
        return MessageFormat.format(get(locale, key).replace("'", "''"), shown);
    }
}
