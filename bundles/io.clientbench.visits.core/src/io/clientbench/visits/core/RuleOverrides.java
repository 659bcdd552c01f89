package io.clientbench.visits.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The admin's changes to the default cadences, kept as one preference value: only the changed rules, by their
 * position in {@link DefaultRules#all()} (which only ever grows at its end), as "position:period:onSite:contacts"
 * separated by ";". Text that does not read as such is ignored, so a damaged preference falls back to the defaults.
 */
public final class RuleOverrides {

    private RuleOverrides() {
    }

    /** The defaults with the admin's changes applied. */
    public static List<CadenceRule> apply(List<CadenceRule> defaults, String encoded) {
        List<CadenceRule> rules = new ArrayList<>(defaults);
        if (encoded == null || encoded.isBlank()) {
            return rules;
        }
        for (String part : encoded.split(";")) {
            String[] numbers = part.strip().split(":");
            try {
                if (numbers.length == 4) {
                    int position = Integer.parseInt(numbers[0]);
                    if (position >= 0 && position < rules.size()) {
                        rules.set(position, rules.get(position).withCadence(Integer.parseInt(numbers[1]), Integer.parseInt(numbers[2]),
                                Integer.parseInt(numbers[3])));
                    }
                }
            } catch (IllegalArgumentException e) {
                // not a change we wrote (NumberFormatException included): the default stays
            }
        }
        return rules;
    }

    /** The changes that turn the defaults into {@code edited} (same length, same order). */
    public static String encode(List<CadenceRule> defaults, List<CadenceRule> edited) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < defaults.size(); i++) {
            CadenceRule before = defaults.get(i);
            CadenceRule after = edited.get(i);
            if (before.periodDays() != after.periodDays() || before.onSiteVisits() != after.onSiteVisits()
                    || before.contacts() != after.contacts()) {
                parts.add(i + ":" + after.periodDays() + ":" + after.onSiteVisits() + ":" + after.contacts());
            }
        }
        return String.join(";", parts);
    }
}
