package io.clientbench.core.validation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.clientbench.core.validation.Violation.Code;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;

/**
 * Turns what a user typed or a file held into typed values for one record, checking every rule of the schema first:
 * required fields, lengths, numbers and their ranges, strict dates, value lists, patterns and forbidden personal data.
 * Nothing is half-accepted: a record with any violation is returned with all of them and must not be stored.
 */
public final class RecordValidator {

    /** Input that marks a field as an explicit unknown instead of a value. */
    public static final Map<String, String> PENDING_MARKERS = Map.of("待确认", "TO_BE_CONFIRMED", "待补充", "TO_BE_COMPLETED");

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            strict("uuuu-M-d"), strict("uuuu/M/d"), strict("uuuu.M.d"), strict("uuuu年M月d日"), strict("uuuuMMdd"));
    private static final List<DateTimeFormatter> DATE_TIME_FORMATS = List.of(
            strict("uuuu-M-d H:mm[:ss]"), strict("uuuu/M/d H:mm[:ss]"), strict("uuuu-M-d'T'H:mm[:ss]"));
    private static final Set<String> TRUE = Set.of("是", "有", "true", "yes", "y", "1");
    private static final Set<String> FALSE = Set.of("否", "无", "false", "no", "n", "0");

    private final EntitySchema entity;
    /** The fields' patterns, compiled once per validator instead of once per value ({@code String.matches}). */
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    public RecordValidator(EntitySchema entity) {
        this.entity = entity;
    }

    /**
     * @param values  typed values by field name (String, Long, BigDecimal, LocalDate, LocalDateTime, Boolean, enum
     *                literal name, or a list of names for a multi-value list)
     * @param pending fields explicitly marked 待确认 / 待补充, with the state's name
     */
    public record Result(Map<String, Object> values, Map<String, String> pending, List<Violation> violations) {
        public boolean isValid() {
            return violations.isEmpty();
        }
    }

    /**
     * Validates one record's raw input.
     *
     * @param record what the user calls the record (a customer's name, "row 17"), named in every message
     * @param input  raw text by field name; fields not in the map are not set
     */
    public Result validate(String record, Map<String, String> input) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> pending = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (FieldDescriptor field : entity.fields()) {
            if (!field.kind().isValue()) {
                continue;
            }
            String raw = input.get(field.name());
            String text = raw == null ? "" : raw.strip();
            if (PENDING_MARKERS.containsKey(text)) {
                pending.put(field.name(), PENDING_MARKERS.get(text));
            } else if (text.isEmpty()) {
                if (field.required()) {
                    violations.add(new Violation(record, entity, field, Code.REQUIRED, "", null));
                }
            } else {
                convert(record, field, text, violations).ifPresent(value -> values.put(field.name(), value));
            }
        }
        return new Result(values, pending, List.copyOf(violations));
    }

    private Optional<Object> convert(String record, FieldDescriptor field, String text, List<Violation> violations) {
        int before = violations.size();
        Object value = switch (field.kind()) {
            case TEXT, LONG_TEXT -> checkText(record, field, text, violations);
            case INTEGER -> checkRange(record, field, text, integer(text), Code.NOT_AN_INTEGER, violations);
            case DECIMAL -> checkRange(record, field, text, decimal(text), Code.NOT_A_NUMBER, violations);
            case DATE -> {
                LocalDate iso = isoDate(text);
                yield iso != null ? iso : firstParse(text, DATE_FORMATS, LocalDate::parse);
            }
            case DATE_TIME -> Optional.<Object>ofNullable(isoDateTime(text))
                    .or(() -> Optional.ofNullable(firstParse(text, DATE_TIME_FORMATS, LocalDateTime::parse)))
                    .orElseGet(() -> Optional.ofNullable(firstParse(text, DATE_FORMATS, LocalDate::parse))
                            .map(d -> ((LocalDate) d).atStartOfDay()).orElse(null));
            case BOOLEAN -> TRUE.contains(text.toLowerCase(Locale.ROOT)) ? Boolean.TRUE
                    : FALSE.contains(text.toLowerCase(Locale.ROOT)) ? Boolean.FALSE : null;
            case ENUM -> literal(field, text).map(EnumLiteral::name).orElse(null);
            case MULTI_ENUM -> multi(field, text);
            default -> null;
        };
        if (value == null && violations.size() == before) {
            Code code = switch (field.kind()) {
                case DATE, DATE_TIME -> Code.NOT_A_DATE;
                case BOOLEAN -> Code.NOT_A_BOOLEAN;
                default -> Code.NOT_IN_LIST;
            };
            violations.add(new Violation(record, entity, field, code, text, null));
        }
        return violations.size() == before ? Optional.ofNullable(value) : Optional.empty();
    }

    private String checkText(String record, FieldDescriptor field, String text, List<Violation> violations) {
        int length = text.codePointCount(0, text.length());
        if (field.maxLength() > 0 && length > field.maxLength()) {
            violations.add(new Violation(record, entity, field, Code.TOO_LONG, text, field.maxLength()));
        } else if (field.pattern() != null && !patterns.computeIfAbsent(field.pattern(), Pattern::compile).matcher(text).matches()) {
            violations.add(new Violation(record, entity, field, Code.PATTERN, text, null));
        } else if (SensitiveData.containsIdNumber(text)) {
            violations.add(new Violation(record, entity, field, Code.FORBIDDEN_ID_NUMBER, text, null));
        } else if (SensitiveData.containsBankCard(text)) {
            violations.add(new Violation(record, entity, field, Code.FORBIDDEN_BANK_CARD, text, null));
        }
        return text;
    }

    private Object checkRange(String record, FieldDescriptor field, String text, Number number, Code notANumber,
            List<Violation> violations) {
        if (number == null) {
            violations.add(new Violation(record, entity, field, notANumber, text, null));
            return null;
        }
        BigDecimal value = new BigDecimal(number.toString());
        if (field.min() != null && value.compareTo(field.min()) < 0) {
            violations.add(new Violation(record, entity, field, Code.BELOW_MIN, text, field.min()));
        } else if (field.max() != null && value.compareTo(field.max()) > 0) {
            violations.add(new Violation(record, entity, field, Code.ABOVE_MAX, text, field.max()));
        }
        return number;
    }

    private static Long integer(String text) {
        try {
            return Long.valueOf(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private interface Parser {
        Object parse(String text, DateTimeFormatter format);
    }

    private static Object firstParse(String text, List<DateTimeFormatter> formats, Parser parser) {
        for (DateTimeFormatter format : formats) {
            try {
                return parser.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static Optional<EnumLiteral> literal(FieldDescriptor field, String text) {
        for (EnumLiteral l : field.literals()) { // a loop, not a stream: this runs for every value-list cell of an import
            if (l.name().equalsIgnoreCase(text) || text.equals(l.label().zh()) || text.equalsIgnoreCase(l.label().en())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The date of text written exactly {@code yyyy-MM-dd} (what exports and the editors write), without a formatter's
     * parsing (the import's costliest step per cell); null for anything else, which the formatters then read. Same
     * result as the first strict format.
     */
    private static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4), month = digits(text, 5, 7), day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The same for {@code yyyy-MM-dd HH:mm} (how a date and time is written back); null for anything else. */
    private static LocalDateTime isoDateTime(String text) {
        if (text.length() != 16 || text.charAt(10) != ' ' || text.charAt(13) != ':') {
            return null;
        }
        LocalDate date = isoDate(text.substring(0, 10));
        int hour = digits(text, 11, 13), minute = digits(text, 14, 16);
        if (date == null || hour < 0 || minute < 0 || hour > 23 || minute > 59) {
            return null;
        }
        return date.atTime(hour, minute);
    }

    /** The ASCII digits from {@code start} to {@code end} as a number, or -1 if any is not one. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static List<String> multi(FieldDescriptor field, String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String part : text.split("[,;，；、|/]")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<EnumLiteral> literal = literal(field, part.strip());
            if (literal.isEmpty()) {
                return null;
            }
            names.add(literal.get().name());
        }
        return List.copyOf(names);
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
