package io.clientbench.visits.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.clientbench.model.Label;

/**
 * The rules an admin adds beside the defaults, each bound to any grade value (a value of a customer's value-list field)
 * or to a tag, kept as one preference value: a line per rule, its parts separated by tabs (name, field, value, tag,
 * period, on-site visits, contacts, either suffices, holiday greetings). A line that does not read as a rule is
 * skipped, so a damaged preference loses that rule only.
 */
public final class CustomRules {

    private static final String SEPARATOR = "\t";

    private CustomRules() {
    }

    /** A rule bound to a grade value ({@code field} = {@code value}) or, with {@code tag}, to a tag. */
    public static CadenceRule rule(String name, String field, String value, String tag, int periodDays, int onSiteVisits, int contacts,
            boolean eitherSuffices, boolean holidayGreetings) {
        boolean byTag = tag != null && !tag.isBlank();
        if (name == null || name.isBlank() || !byTag && (field == null || field.isBlank() || value == null || value.isBlank())) {
            throw new IllegalArgumentException("A rule needs a name and a grade value or a tag");
        }
        String clean = name.strip().replaceAll("[\\t\\r\\n]+", " ");
        return new CadenceRule(new Label(clean, clean), byTag ? null : field.strip(), byTag ? null : value.strip(), byTag ? tag.strip() : null,
                periodDays, onSiteVisits, contacts, eitherSuffices, holidayGreetings, null);
    }

    public static List<CadenceRule> decode(String encoded) {
        List<CadenceRule> rules = new ArrayList<>();
        if (encoded == null) {
            return rules;
        }
        for (String line : encoded.split("\n")) {
            String[] parts = line.split(SEPARATOR, -1);
            if (parts.length != 9) {
                continue;
            }
            try {
                rules.add(rule(parts[0], parts[1], parts[2], parts[3], Integer.parseInt(parts[4]), Integer.parseInt(parts[5]),
                        Integer.parseInt(parts[6]), Boolean.parseBoolean(parts[7]), Boolean.parseBoolean(parts[8])));
            } catch (IllegalArgumentException e) {
                // not a rule we wrote (NumberFormatException included): skipped
            }
        }
        return rules;
    }

    public static String encode(List<CadenceRule> rules) {
        List<String> lines = new ArrayList<>();
        for (CadenceRule r : rules) {
            lines.add(String.join(SEPARATOR, r.name().zh(), nonNull(r.field()), nonNull(r.value()), nonNull(r.tag()),
                    Integer.toString(r.periodDays()), Integer.toString(r.onSiteVisits()), Integer.toString(r.contacts()),
                    Boolean.toString(r.eitherSuffices()), Boolean.toString(r.holidayGreetings())));
        }
        return String.join("\n", lines);
    }

    /** The customer fields the rules are bound to: what the planner must load. */
    public static Set<String> fields(List<CadenceRule> rules) {
        Set<String> fields = new LinkedHashSet<>();
        rules.forEach(r -> {
            if (r.field() != null) {
                fields.add(r.field());
            }
        });
        return fields;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
