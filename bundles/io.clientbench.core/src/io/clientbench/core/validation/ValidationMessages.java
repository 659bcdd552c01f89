package io.clientbench.core.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Validation messages per locale ({@code messages.properties}, {@code messages_zh.properties}). Looked up per call, not
 * through static NLS fields, because an import run in one language may have to report in the other.
 */
final class ValidationMessages {

    private static final String BUNDLE = "io.clientbench.core.validation.messages";

    private ValidationMessages() {
    }

    static String format(Locale locale, Violation v) {
        String where = new MessageFormat(bundle(locale).getString("where"), locale).format(new Object[] { v.record(),
                v.entity().label().text(locale), v.field().label().text(locale) });
        return where + reason(locale, v);
    }

    /** What is wrong, without naming the record and field (for a report that names them in its own columns). */
    static String reason(Locale locale, Violation v) {
        ResourceBundle bundle = bundle(locale);
        String allowed = v.field().literals().stream().map(l -> l.label().text(locale)).collect(Collectors.joining(" / "));
        Object limit = v.limit() instanceof Number number ? number.toString() : v.limit();
        return new MessageFormat(bundle.getString(v.code().name()), locale).format(new Object[] { v.value(), limit, allowed });
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ValidationMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
