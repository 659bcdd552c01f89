package io.clientbench.io.importing;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;

/**
 * Matches a file's column headers to an entity's fields by what users call them: the Chinese label, the English label,
 * the field's name, then its other names (terms). Headers are compared normalized — full-width folded to half-width,
 * case, blanks and punctuation ignored — so "客户名称：", "客户 名称" and "Customer-Name" all find the same field.
 * A label beats a term (Contact's "主联系人" is the main-contact flag, though the name field lists it as a term), and
 * each field takes only the first column that matches it.
 */
public final class FieldMatcher {

    private FieldMatcher() {
    }

    /** Full-width to half-width (NFKC), lower case, only letters and digits kept. */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The field a header names, among the entity's visible value fields. */
    public static Optional<FieldDescriptor> match(EntitySchema entity, String header) {
        String wanted = normalize(header);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<FieldDescriptor> fields = entity.fields().stream().filter(f -> f.kind().isValue() && !f.hidden()).toList();
        for (FieldDescriptor field : fields) {
            if (wanted.equals(normalize(nonNull(field.label().zh()))) || wanted.equals(normalize(nonNull(field.label().en())))
                    || wanted.equals(normalize(field.name()))) {
                return Optional.of(field);
            }
        }
        for (FieldDescriptor field : fields) {
            if (field.terms().stream().anyMatch(term -> wanted.equals(normalize(term)))) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** Header → field name for every header that matches a field not taken by an earlier column, in header order. */
    public static Map<String, String> matchAll(EntitySchema entity, List<String> header) {
        Map<String, String> columns = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String column : header) {
            match(entity, column).filter(f -> taken.add(f.name())).ifPresent(f -> columns.putIfAbsent(column, f.name()));
        }
        return columns;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
