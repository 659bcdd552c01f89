package io.clientbench.io.importing;

import java.util.List;
import java.util.Locale;

import io.clientbench.core.validation.Violation;
import io.clientbench.io.IoMessages;
import io.clientbench.model.Label;

/**
 * Why one row of a file cannot be imported, naming the row as the file numbers it, the column and the field.
 *
 * @param row       the row's number in the file (a CSV line, a sheet row, a vCard's first line)
 * @param column    the column header, or null when no column holds the field (a required field left unmapped)
 * @param field     the field's (or the owner's) label
 * @param kind      what is wrong
 * @param violation the validation rule that failed, for {@link Kind#INVALID_VALUE}; null otherwise
 * @param arguments the message's arguments for the other kinds
 */
public record ImportProblem(int row, String column, Label field, Kind kind, Violation violation, List<Object> arguments) {

    /** What is wrong with the row. */
    public enum Kind {
        /** A value breaks a rule of the schema (see the violation), including forbidden ID and bank card numbers. */
        INVALID_VALUE,
        /** The key names the same record as an earlier row. */
        DUPLICATE_KEY,
        /** Updating by a key, but the row has none. */
        MISSING_KEY,
        /** The key matches more than one stored record. */
        AMBIGUOUS_KEY,
        /** A contained record (a contact) without its owner (the customer). */
        MISSING_OWNER,
        /** No stored owner has the name the row gives. */
        UNKNOWN_OWNER,
        /** Several stored owners have that name. */
        AMBIGUOUS_OWNER,
        /** A 待确认/待补充 mark on an entity that cannot keep one (only customers can). */
        PENDING_NOT_KEPT
    }

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    /** The problem for a user: row, column, field and reason, in the locale's language. */
    public String message(Locale locale) {
        String where = IoMessages.format(locale, column == null ? "whereNoColumn" : "where", row, column, field.text(locale));
        return where + reason(locale);
    }

    /** Only the reason, for a report with row, column and field in their own columns. */
    public String reason(Locale locale) {
        if (kind == Kind.INVALID_VALUE) {
            return violation.reason(locale);
        }
        Object[] localized = arguments.stream().map(a -> a instanceof Label label ? label.text(locale) : a).toArray();
        return IoMessages.format(locale, kind.name(), localized);
    }
}
