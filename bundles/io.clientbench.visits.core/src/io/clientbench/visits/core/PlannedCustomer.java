package io.clientbench.visits.core;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the planner needs of one customer.
 *
 * @param values    the grading fields' values (value-list names) by field name
 * @param touches   the visits and follow-ups so far, in any order
 * @param birthdays the contacts' birthdays, by contact name
 */
public record PlannedCustomer(long id, String name, String owner, Map<String, String> values, Set<String> tags, List<Touch> touches,
        Map<String, MonthDay> birthdays) {

    /** The latest on-site visit, or null. */
    public LocalDate lastOnSite() {
        LocalDate last = null;
        for (Touch touch : touches) {
            if (touch.onSite() && (last == null || touch.date().isAfter(last))) {
                last = touch.date();
            }
        }
        return last;
    }
}
