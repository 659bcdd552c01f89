package io.clientbench.core.navigator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.SchemaOverlay;

/**
 * Which columns the navigator shows: the defaults and every field the branch admin added, until the user chooses;
 * then the chosen ones in the chosen order. Choices are kept by storage key, so a renamed field stays chosen, and a
 * field an admin adds after the choice still appears (the user never saw it to leave it out). Hidden fields never show.
 *
 * @param chosen the chosen fields' storage keys, in order; empty means no choice made
 * @param seen   the storage keys of every field offered when the choice was made
 */
public record ColumnChoice(List<String> chosen, Set<String> seen) {

    public static final ColumnChoice NONE = new ColumnChoice(List.of(), Set.of());

    public ColumnChoice {
        chosen = List.copyOf(chosen);
        seen = Set.copyOf(seen);
    }

    /** A choice made in the column chooser over the fields it offered. */
    public static ColumnChoice of(EntitySchema customer, List<String> chosenNames) {
        List<String> keys = chosenNames.stream().map(name -> customer.field(name).map(FieldDescriptor::column).orElse(name)).toList();
        Set<String> offered = new LinkedHashSet<>();
        offerable(customer).forEach(f -> offered.add(f.column()));
        return new ColumnChoice(keys, offered);
    }

    /** The fields a user can choose as columns: every shown value field. */
    public static List<FieldDescriptor> offerable(EntitySchema customer) {
        return customer.fields().stream().filter(f -> f.kind().isValue() && !f.hidden()).toList();
    }

    /** The column field names to show now. */
    public List<String> columns(EntitySchema customer) {
        List<String> columns = new ArrayList<>();
        if (chosen.isEmpty()) {
            CustomerNavigator.DEFAULT_COLUMNS.forEach(name -> customer.field(name).filter(f -> !f.hidden()).ifPresent(f -> columns.add(name)));
        } else {
            chosen.forEach(key -> customer.fields().stream().filter(f -> f.column().equals(key) && f.kind().isValue() && !f.hidden())
                    .findFirst().ifPresent(f -> columns.add(f.name())));
        }
        for (FieldDescriptor field : customer.fields()) {
            boolean added = SchemaOverlay.PACK_ID.equals(field.source()) && field.kind().isValue() && !field.hidden();
            if (added && !columns.contains(field.name()) && !seen.contains(field.column())) {
                columns.add(field.name());
            }
        }
        return columns;
    }

    /** The choice as one preference value: "key,key,...;key,key,..." (chosen; seen). */
    public String encode() {
        return String.join(",", chosen) + ";" + String.join(",", seen);
    }

    public static ColumnChoice decode(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] parts = text.split(";", -1);
        return new ColumnChoice(split(parts[0]), new LinkedHashSet<>(split(parts.length > 1 ? parts[1] : "")));
    }

    private static List<String> split(String list) {
        return list.isBlank() ? List.of() : List.of(list.split(","));
    }
}
