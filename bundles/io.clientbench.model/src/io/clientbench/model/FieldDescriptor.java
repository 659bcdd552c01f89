package io.clientbench.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One field of the merged schema, with everything the store, editors, validation and import need to know.
 *
 * @param name       the field's name, unique in its entity
 * @param kind       what it holds
 * @param label      what users read
 * @param group      the form section it belongs to
 * @param required   whether a record needs a value (or an explicit 待确认/待补充)
 * @param maxLength  the longest text allowed, or 0 for no limit
 * @param pattern    a regular expression the value must match, or null
 * @param min        the smallest number allowed, or null
 * @param max        the largest number allowed, or null
 * @param masking    how the value is masked for users without full access ("name", "phone"), or null
 * @param terms      other names users know the field by (import headers, search)
 * @param literals   the allowed values of an enum field, empty otherwise
 * @param target     the entity a CHILDREN or REFERENCE field points to, or null
 * @param source     "base" or the id of the pack that added the field
 * @param industries the industry sections the field applies to; empty means every customer
 * @param feature    the Ecore feature the field comes from
 * @param column     the field's storage key: its first name, kept when an admin renames the field so data stays put
 * @param hidden     whether an admin hid the field (its data is kept)
 */
public record FieldDescriptor(String name, FieldKind kind, Label label, String group, boolean required, int maxLength,
        String pattern, BigDecimal min, BigDecimal max, String masking, List<String> terms, List<EnumLiteral> literals,
        String target, String source, Set<String> industries, EStructuralFeature feature, String column, boolean hidden) {

    public FieldDescriptor withLabel(Label newLabel) {
        return new FieldDescriptor(name, kind, newLabel, group, required, maxLength, pattern, min, max, masking, terms, literals,
                target, source, industries, feature, column, hidden);
    }

    public FieldDescriptor withName(String newName) {
        return new FieldDescriptor(newName, kind, label, group, required, maxLength, pattern, min, max, masking, terms, literals,
                target, source, industries, feature, column, hidden);
    }

    public FieldDescriptor asHidden() {
        return new FieldDescriptor(name, kind, label, group, false, maxLength, pattern, min, max, masking, terms, literals,
                target, source, industries, feature, column, true);
    }

    public FieldDescriptor withLiterals(List<EnumLiteral> newLiterals) {
        return new FieldDescriptor(name, kind, label, group, required, maxLength, pattern, min, max, masking, terms,
                List.copyOf(newLiterals), target, source, industries, feature, column, hidden);
    }

    public static final String BASE_SOURCE = "base";

    /** Whether the field applies to a customer of the given industry section (null: unknown industry). */
    public boolean appliesTo(String industrySection) {
        return industries.isEmpty() || industrySection != null && industries.contains(industrySection);
    }

    /** Whether users know this field by {@code term}: its Chinese or English label or one of its other names. */
    public boolean isKnownAs(String term) {
        return term.equals(label.zh()) || term.equalsIgnoreCase(label.en()) || terms.contains(term);
    }
}
