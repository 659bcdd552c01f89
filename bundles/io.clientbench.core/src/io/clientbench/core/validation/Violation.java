package io.clientbench.core.validation;

import java.util.Locale;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;

/**
 * One reason a value cannot be stored.
 *
 * @param record what the user calls the record, e.g. a customer's name or "row 17"
 * @param entity the entity the record belongs to
 * @param field  the field that is wrong
 * @param code   what is wrong
 * @param value  the rejected input as the user gave it
 * @param limit  the limit that was broken (a length, a minimum, a maximum), or null
 */
public record Violation(String record, EntitySchema entity, FieldDescriptor field, Code code, String value, Object limit) {

    /** What can be wrong with a value. */
    public enum Code {
        REQUIRED, TOO_LONG, NOT_A_NUMBER, NOT_AN_INTEGER, BELOW_MIN, ABOVE_MAX, NOT_A_DATE, NOT_A_BOOLEAN, NOT_IN_LIST,
        PATTERN, FORBIDDEN_ID_NUMBER, FORBIDDEN_BANK_CARD
    }

    /** The message for a user, naming the record, the entity and the field in the locale's language. */
    public String message(Locale locale) {
        return ValidationMessages.format(locale, this);
    }

    /** Only what is wrong, in the locale's language, for reports that name the record and field themselves. */
    public String reason(Locale locale) {
        return ValidationMessages.reason(locale, this);
    }
}
