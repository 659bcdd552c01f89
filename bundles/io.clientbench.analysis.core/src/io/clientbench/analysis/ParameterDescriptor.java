package io.clientbench.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.internal.AnalysisMessages;

/**
 * One {@code parameter} element of an analysis extension: its id, translated label, type and default (as text, the
 * way it is written in plugin.xml and kept in preferences), and for a {@link ParameterType#CHOICE} the values it may
 * take with their translated labels.
 */
public record ParameterDescriptor(String id, String label, ParameterType type, String defaultValue, List<Choice> choices) {

    /** The default of a {@link ParameterType#DATE} parameter that means the day the analysis runs. */
    public static final String TODAY = "today";

    /** One value of a choice parameter: what the analysis reads, and what the settings form shows. */
    public record Choice(String value, String label) {
    }

    public ParameterDescriptor {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** The translated word for {@link #TODAY} (今天 in Chinese), which a date parameter accepts as well. */
    public static String todayLabel() {
        return AnalysisMessages.today;
    }

    /** A parameter without choices. */
    public ParameterDescriptor(String id, String label, ParameterType type, String defaultValue) {
        this(id, label, type, defaultValue, List.of());
    }

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
                case DATE -> TODAY.equalsIgnoreCase(value) || todayLabel().equalsIgnoreCase(value) ? today : LocalDate.parse(value);
                case TEXT -> value;
                case CHOICE -> choices.stream().map(Choice::value).filter(value::equalsIgnoreCase).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(value));
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
        if (type == ParameterType.CHOICE) {
            String allowed = choices.stream().map(c -> c.label() + " (" + c.value() + ")").collect(Collectors.joining(", "));
            return new IllegalArgumentException(NLS.bind(AnalysisMessages.invalidChoice, new Object[] { label, value, allowed }));
        }
        return new IllegalArgumentException(NLS.bind(AnalysisMessages.invalidParameter,
                new Object[] { label, value, AnalysisMessages.typeName(type) }));
    }
}
