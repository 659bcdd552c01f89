package io.clientbench.visits.core.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import io.clientbench.visits.core.PlanItem;

/** A plan's words in a language, looked up per call (an export may be written in the other language). */
public final class PlanLabels {

    private final Locale locale;
    private final ResourceBundle bundle;

    public PlanLabels(Locale locale) {
        this.locale = locale;
        bundle = ResourceBundle.getBundle("io.clientbench.visits.core.export.labels", locale, PlanLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String kind(PlanItem.Kind kind) {
        return bundle.getString("kind." + kind.name());
    }

    public String status(PlanItem.Status status) {
        return bundle.getString("status." + status.name());
    }

    public String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    Locale locale() {
        return locale;
    }
}
