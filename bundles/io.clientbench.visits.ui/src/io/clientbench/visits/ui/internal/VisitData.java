package io.clientbench.visits.ui.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.visits.core.CadenceRule;
import io.clientbench.visits.core.CustomRules;
import io.clientbench.visits.core.PlannedCustomer;
import io.clientbench.visits.core.Touch;

/**
 * Reads what the planner needs from the store in five scans (customers, tags, visits, follow-ups, contacts): the
 * grading fields the rules bind to, the tags (Tag records and need tags), every visit and follow-up as a contact, and
 * the contacts' birthdays.
 */
final class VisitData {

    /** The multi-value field whose values count as tags, beside the customer's Tag records. */
    private static final String NEED_TAGS = "needTags";

    private VisitData() {
    }

    private static final class Customer {
        final long id;
        final String name;
        final String owner;
        final Map<String, String> values = new HashMap<>();
        /** A recorded visit also makes a follow-up: the same contact twice, counted once (same day, same kind). */
        final Set<Touch> touches = new java.util.LinkedHashSet<>();
        final Map<String, MonthDay> birthdays = new LinkedHashMap<>();
        final Set<String> tags = new java.util.HashSet<>();

        Customer(long id, String name, String owner) {
            this.id = id;
            this.name = name;
            this.owner = owner;
        }
    }

    /**
     * @param rules the rules in force: the grade fields they are bound to are loaded (a rule an admin bound to another
     *              field needs that field's values)
     */
    static List<PlannedCustomer> load(RecordRepository records, List<CadenceRule> rules) throws StoreException {
        Map<Long, Customer> customers = new LinkedHashMap<>();
        List<String> grades = List.copyOf(CustomRules.fields(rules));
        List<String> fields = new ArrayList<>(List.of("fullName", "owner", NEED_TAGS));
        fields.addAll(grades);
        records.scan("Customer", fields, (id, version, values) -> {
            Customer customer = new Customer(id, (String) values[0], (String) values[1]);
            if (values[2] instanceof List<?> needs) {
                needs.forEach(need -> customer.tags.add(String.valueOf(need)));
            }
            for (int i = 0; i < grades.size(); i++) {
                if (values[3 + i] != null) {
                    customer.values.put(grades.get(i), values[3 + i].toString());
                }
            }
            customers.put(id, customer);
        });
        records.scan("Tag", List.of(RecordRepository.OWNER, "name"), (id, version, values) -> {
            Customer customer = values[0] == null ? null : customers.get(((Number) values[0]).longValue());
            if (customer != null && values[1] != null) {
                customer.tags.add(values[1].toString());
            }
        });
        RecordRepository.RowSink touches = (id, version, values) -> {
            Customer customer = values[0] == null ? null : customers.get(((Number) values[0]).longValue());
            if (customer != null && values[1] instanceof LocalDateTime when) {
                customer.touches.add(new Touch(when.toLocalDate(), "ON_SITE".equals(values[2])));
            }
        };
        records.scan("Visit", List.of(RecordRepository.OWNER, "date", "method"), touches);
        records.scan("FollowUp", List.of(RecordRepository.OWNER, "time", "method"), touches);
        records.scan("Contact", List.of(RecordRepository.OWNER, "name", "birthday"), (id, version, values) -> {
            Customer customer = values[0] == null ? null : customers.get(((Number) values[0]).longValue());
            if (customer != null && values[2] instanceof LocalDate birthday) {
                customer.birthdays.put(values[1] == null ? "" : values[1].toString(), MonthDay.from(birthday));
            }
        });
        List<PlannedCustomer> planned = new ArrayList<>(customers.size());
        for (Customer c : customers.values()) {
            planned.add(new PlannedCustomer(c.id, c.name, c.owner, c.values, Set.copyOf(c.tags), List.copyOf(c.touches), c.birthdays));
        }
        return planned;
    }
}
