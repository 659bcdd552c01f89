package io.clientbench.core.navigator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldDescriptor;

/** How a stored value reads in a table cell or a form: value lists by their labels, dates as ISO dates. */
public final class ValueText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private ValueText() {
    }

    public static String of(FieldDescriptor field, Object value, Locale locale) {
        return switch (value) {
            case null -> "";
            case List<?> list -> list.stream().map(v -> literal(field, String.valueOf(v), locale)).collect(Collectors.joining(separator(locale)));
            case Boolean b -> yesNo(b, locale);
            case BigDecimal d -> d.stripTrailingZeros().toPlainString();
            case LocalDateTime t -> t.format(DATE_TIME);
            case LocalDate d -> d.toString();
            case String s when !field.literals().isEmpty() -> literal(field, s, locale);
            default -> String.valueOf(value);
        };
    }

    /** The label of a value-list entry, or the stored name when the list no longer has it. */
    public static String literal(FieldDescriptor field, String name, Locale locale) {
        for (EnumLiteral literal : field.literals()) {
            if (literal.name().equals(name)) {
                return literal.label().text(locale);
            }
        }
        return name;
    }

    public static String yesNo(boolean value, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        return value ? (chinese ? "是" : "Yes") : (chinese ? "否" : "No");
    }

    private static String separator(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "、" : ", ";
    }
}
