package io.clientbench.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.internal.AnalysisMessages;

/**
 * One {@code parameter} element of an analysis extension: its id, translated label, type and default (as text, the
 * way it is written in plugin.xml and kept in preferences).
 */
public record ParameterDescriptor(String id, String label, ParameterType type, String defaultValue) {

    /** The default of a {@link ParameterType#DATE} parameter that means the day the analysis runs. */
    public static final String TODAY = "today";

    /**
     * The typed value of a text: Long, BigDecimal, LocalDate, String or Boolean.
     * @param today what {@link #TODAY} stands for
     * @throws IllegalArgumentException with a translated message naming the parameter, when the text does not fit
     */
    public Object parse(String text, LocalDate today) {
        String value = text == null ? "" : text.trim();
        try {
            return switch (type) {
                case INTEGER -> Long.valueOf(value);
                case DECIMAL -> new BigDecimal(value);
                case DATE -> TODAY.equalsIgnoreCase(value) ? today : LocalDate.parse(value);
                case TEXT -> value;
                case BOOLEAN -> switch (value.toLowerCase(java.util.Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException(value);
                };
            };
        } catch (IllegalArgumentException | DateTimeParseException e) { // NumberFormatException is an IllegalArgumentException
            throw invalid(value);
        }
    }

    private IllegalArgumentException invalid(String value) {
        return new IllegalArgumentException(NLS.bind(AnalysisMessages.invalidParameter,
                new Object[] { label, value, AnalysisMessages.typeName(type) }));
    }
}
