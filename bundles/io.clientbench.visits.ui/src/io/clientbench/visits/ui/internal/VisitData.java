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
import io.clientbench.visits.core.DefaultRules;
import io.clientbench.visits.core.PlannedCustomer;
import io.clientbench.visits.core.Touch;

/**
 * Reads what the planner needs from the store in four scans (customers, visits, follow-ups, contacts): the grading
 * fields the rules bind to, every visit and follow-up as a contact, and the contacts' birthdays.
 */
final class VisitData {

    private static final List<String> GRADES = List.of(DefaultRules.CLASS, DefaultRules.IMPORTANCE, DefaultRules.RELATIONSHIP);

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

        Customer(long id, String name, String owner) {
            this.id = id;
            this.name = name;
            this.owner = owner;
        }
    }

    static List<PlannedCustomer> load(RecordRepository records) throws StoreException {
        Map<Long, Customer> customers = new LinkedHashMap<>();
        List<String> fields = new ArrayList<>(List.of("fullName", "owner"));
        fields.addAll(GRADES);
        records.scan("Customer", fields, (id, version, values) -> {
            Customer customer = new Customer(id, (String) values[0], (String) values[1]);
            for (int i = 0; i < GRADES.size(); i++) {
                if (values[2 + i] != null) {
                    customer.values.put(GRADES.get(i), values[2 + i].toString());
                }
            }
            customers.put(id, customer);
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
            planned.add(new PlannedCustomer(c.id, c.name, c.owner, c.values, Set.of(), List.copyOf(c.touches), c.birthdays));
        }
        return planned;
    }
}
