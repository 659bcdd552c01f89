package io.clientbench.model;

import java.util.Locale;

/** A text users read, in Chinese and English. */
public record Label(String zh, String en) {

    /** The text for a locale: Chinese for any zh locale, English otherwise (falling back to the other language). */
    public String text(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        String preferred = chinese ? zh : en;
        return preferred == null || preferred.isEmpty() ? (chinese ? en : zh) : preferred;
    }

    /** The text for the JVM's default locale (the workbench sets it from -nl). */
    public String text() {
        return text(Locale.getDefault());
    }
}
