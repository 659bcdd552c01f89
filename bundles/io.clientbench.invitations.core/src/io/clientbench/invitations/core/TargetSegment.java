package io.clientbench.invitations.core;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.clientbench.core.navigator.CustomerNavigator;
import io.clientbench.core.navigator.CustomerRows;
import io.clientbench.core.navigator.NavigatorQuery;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;

/**
 * An activity's target segment: a navigator filter saved with the activity, in the navigator's own search words
 * ({@code customerClass:A 成都}). Evaluating it with the navigator's engine means the segment shows the same customers
 * the navigator showed when the rep saved it. Free words look at the navigator's default columns; field words
 * ({@code field:value}, by name or label) at their field.
 */
public final class TargetSegment {

    private TargetSegment() {
    }

    /** Whether the activity has a segment at all (without one the fit rate is undefined, not 100%). */
    public static boolean isDefined(String filter) {
        return filter != null && !filter.isBlank();
    }

    /** The customer fields to scan to evaluate the filter: the default columns and every field a word names. */
    public static List<String> fieldsToLoad(EntitySchema customer, String filter) {
        LinkedHashSet<String> fields = new LinkedHashSet<>(CustomerNavigator.DEFAULT_COLUMNS);
        for (String word : words(filter)) {
            int colon = Math.max(word.indexOf(':'), word.indexOf('\uFF1A')); // an input method types the full-width colon
            if (colon > 0) {
                String name = word.substring(0, colon);
                customer.fields().stream().filter(f -> f.name().equalsIgnoreCase(name) || f.isKnownAs(name)).findFirst()
                        .map(FieldDescriptor::name).ifPresent(fields::add);
            }
        }
        return CustomerNavigator.fieldsToLoad(customer, List.copyOf(fields));
    }

    /** The ids of the customers the filter selects among the rows (loaded with {@link #fieldsToLoad}). */
    public static Set<Long> matching(EntitySchema customer, CustomerRows rows, String filter, Locale locale) {
        List<String> columns = CustomerNavigator.DEFAULT_COLUMNS.stream().filter(rows.fields()::contains).toList();
        CustomerNavigator navigator = new CustomerNavigator(customer, rows, columns, locale);
        int[] hits = navigator.query(NavigatorQuery.all().withSearch(filter == null ? "" : filter)).rows();
        Set<Long> ids = new HashSet<>(hits.length * 2);
        for (int row : hits) {
            ids.add(rows.id(row));
        }
        return ids;
    }

    private static List<String> words(String filter) {
        return filter == null || filter.isBlank() ? List.of() : List.of(filter.strip().split("\\s+"));
    }
}
