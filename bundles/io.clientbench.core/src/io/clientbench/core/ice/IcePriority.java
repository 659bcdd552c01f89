package io.clientbench.core.ice;

import java.util.Locale;
import java.util.ResourceBundle;

/** A need's priority by its ICE score; see {@link IceThresholds}. */
public enum IcePriority {
    HIGH, MEDIUM, LOW;

    private static final String BUNDLE = "io.clientbench.core.ice.messages";

    /** 高/中/低 or High/Medium/Low; per call, like the validation messages, so a report may use either language. */
    public String label(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, IcePriority.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(name());
    }
}
