package io.clientbench.visits.core;

import java.util.Map;
import java.util.Set;

import io.clientbench.model.Label;

/**
 * A cadence rule: per period of {@code periodDays}, at least {@code onSiteVisits} on-site visits and at least
 * {@code contacts} contacts of any kind (an on-site visit counts as a contact too); with {@code eitherSuffices}, one of
 * the two is enough (class A: one on-site visit or two calls a week). Bound to a grade value of a grading field (e.g.
 * customerClass = A) or to a tag.
 *
 * @param field            the customer field the rule is bound to (customerClass, relationshipGrade, userImportance ...), or null
 * @param value            the field's value the rule applies to (a value-list name), or null
 * @param tag              a tag the rule applies to instead, or null
 * @param holidayGreetings whether the customer gets greetings on the holidays
 */
public record CadenceRule(Label name, String field, String value, String tag, int periodDays, int onSiteVisits, int contacts,
        boolean eitherSuffices, boolean holidayGreetings, String ownerRole) {

    public CadenceRule {
        if (periodDays < 1 || onSiteVisits < 0 || contacts < 0) {
            throw new IllegalArgumentException("A cadence needs a period of at least a day and no negative counts: " + name.en());
        }
    }

    /** Whether the rule applies to a customer with these field values (value-list names) and tags. */
    public boolean appliesTo(Map<String, String> values, Set<String> tags) {
        if (tag != null) {
            return tags.contains(tag);
        }
        return field != null && value != null && value.equals(values.get(field));
    }

    /** The rule with another period and counts (what an admin edits in the preferences). */
    public CadenceRule withCadence(int newPeriodDays, int newOnSiteVisits, int newContacts) {
        return new CadenceRule(name, field, value, tag, newPeriodDays, newOnSiteVisits, newContacts, eitherSuffices, holidayGreetings,
                ownerRole);
    }
}
