package io.clientbench.invitations.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.clientbench.core.navigator.CustomerRows;
import io.clientbench.invitations.core.Funnel;
import io.clientbench.invitations.core.Invitations;
import io.clientbench.invitations.core.Invitee;
import io.clientbench.invitations.core.TargetSegment;
import io.clientbench.model.EntitySchema;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;

/**
 * What an activity's views show, read off the UI thread: the activity, its invitation list with the customers' names,
 * the customers its target segment selects (evaluated as the navigator evaluates the saved filter) and the funnel.
 */
record ActivityData(StoredRecord activity, List<Line> lines, Set<Long> segment, Funnel funnel, Map<Long, List<Person>> contacts) {

    /** A contact of an invited customer: the person an invitation may name. */
    record Person(long id, String name) {
    }

    /** The contacts of a customer, oldest first (none: an empty list). */
    List<Person> contactsOf(Line line) {
        Object customer = line.invitation().values().get(Invitations.CUSTOMER);
        return customer instanceof Number n ? contacts.getOrDefault(n.longValue(), List.of()) : List.of();
    }

    /** One invitation and the name of its customer. */
    record Line(StoredRecord invitation, String customer) {
    }

    /** An activity of the list with its funnel. */
    record Summary(StoredRecord activity, Funnel funnel) {
    }

    /** The same activity with one invitation changed (after a cell edit): the funnel follows without a reload. */
    ActivityData with(StoredRecord invitation) {
        List<Line> changed = lines.stream().map(l -> l.invitation().id() == invitation.id() ? new Line(invitation, l.customer()) : l).toList();
        return new ActivityData(activity, changed, segment, funnel(changed, segment), contacts);
    }

    static ActivityData load(RecordRepository records, EntitySchema customer, long activityId, Locale locale) throws StoreException {
        StoredRecord activity = records.find(Invitations.ACTIVITY, activityId)
                .orElseThrow(() -> new StoreException(StoreException.Reason.DATABASE_ERROR, InvitationMessages.activityGone, null));
        String filter = activity.values().get(Invitations.SEGMENT) instanceof String segment ? segment : ""; // none stored: no segment
        CustomerRows rows = customers(records, customer, List.of(filter));
        Map<Long, String> names = new HashMap<>(rows.size() * 2);
        for (int row = 0; row < rows.size(); row++) {
            names.put(rows.id(row), String.valueOf(rows.value(row, "fullName")));
        }
        List<Line> lines = new ArrayList<>();
        for (StoredRecord invitation : records.findByOwner(Invitations.INVITATION, activityId)) {
            Object customerId = invitation.values().get(Invitations.CUSTOMER);
            lines.add(new Line(invitation, customerId instanceof Number n ? names.getOrDefault(n.longValue(), "?") : "?"));
        }
        Set<Long> segment = TargetSegment.isDefined(filter) ? TargetSegment.matching(customer, rows, filter, locale) : null;
        return new ActivityData(activity, List.copyOf(lines), segment, funnel(lines, segment), contacts(records, lines));
    }

    /** Every activity, newest first, with its funnel: one scan of the invitations and one of the customers. */
    static List<Summary> loadAll(RecordRepository records, EntitySchema customer, Locale locale) throws StoreException {
        List<StoredRecord> activities = new ArrayList<>(records.findAll(Invitations.ACTIVITY));
        activities.sort(Comparator.comparing((StoredRecord a) -> String.valueOf(a.values().getOrDefault("date", ""))).reversed());
        Map<Long, List<Invitee>> invitees = new HashMap<>();
        List<String> fields = List.of(RecordRepository.OWNER, Invitations.CUSTOMER, Invitations.INVITED, Invitations.RESULT,
                Invitations.INVITED_COUNT, Invitations.ATTENDED_COUNT, Invitations.DEAL_AMOUNT);
        records.scan(Invitations.INVITATION, fields, (id, version, values) -> {
            Map<String, Object> byName = new HashMap<>();
            for (int i = 1; i < fields.size(); i++) {
                if (values[i] != null) {
                    byName.put(fields.get(i), values[i]);
                }
            }
            invitees.computeIfAbsent(((Number) values[0]).longValue(), k -> new ArrayList<>()).add(Invitations.invitee(byName));
        });
        List<String> filters = activities.stream().map(a -> (String) a.values().get(Invitations.SEGMENT)).toList();
        CustomerRows rows = customers(records, customer, filters);
        List<Summary> summaries = new ArrayList<>();
        for (StoredRecord activity : activities) {
            String filter = (String) activity.values().get(Invitations.SEGMENT);
            Set<Long> segment = TargetSegment.isDefined(filter) ? TargetSegment.matching(customer, rows, filter, locale) : null;
            summaries.add(new Summary(activity, Funnel.of(invitees.getOrDefault(activity.id(), List.of()), segment == null ? null : segment::contains)));
        }
        return summaries;
    }

    /** The contacts of the invited customers, by customer. */
    private static Map<Long, List<Person>> contacts(RecordRepository records, List<Line> lines) throws StoreException {
        Set<Long> invited = new java.util.HashSet<>();
        lines.forEach(l -> {
            if (l.invitation().values().get(Invitations.CUSTOMER) instanceof Number n) {
                invited.add(n.longValue());
            }
        });
        Map<Long, List<Person>> byCustomer = new HashMap<>();
        if (invited.isEmpty()) {
            return byCustomer;
        }
        records.scan("Contact", List.of(RecordRepository.OWNER, "name"), (id, version, values) -> {
            if (values[0] instanceof Number owner && invited.contains(owner.longValue())) {
                byCustomer.computeIfAbsent(owner.longValue(), k -> new ArrayList<>()).add(new Person(id, String.valueOf(values[1])));
            }
        });
        return byCustomer;
    }

    /** The customers with the fields the filters read (names always). */
    private static CustomerRows customers(RecordRepository records, EntitySchema customer, List<String> filters) throws StoreException {
        LinkedHashSet<String> fields = new LinkedHashSet<>();
        filters.forEach(filter -> fields.addAll(TargetSegment.fieldsToLoad(customer, filter)));
        CustomerRows.Builder rows = CustomerRows.builder(List.copyOf(fields));
        records.scan("Customer", List.copyOf(fields), rows::add);
        return rows.build();
    }

    private static Funnel funnel(List<Line> lines, Set<Long> segment) {
        return Funnel.of(lines.stream().map(l -> Invitations.invitee(l.invitation().values())).toList(), segment == null ? null : segment::contains);
    }

    /** The ids of the customers already on the list (inviting them again adds nothing). */
    Set<Long> invitedCustomers() {
        Set<Long> ids = new java.util.HashSet<>();
        lines.forEach(l -> {
            if (l.invitation().values().get(Invitations.CUSTOMER) instanceof Number n) {
                ids.add(n.longValue());
            }
        });
        return ids;
    }
}
