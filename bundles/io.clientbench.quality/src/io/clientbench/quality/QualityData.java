package io.clientbench.quality;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.MergedSchema;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;

/**
 * What the quality checks and the duplicate scan read, loaded with one store scan per entity (no entities built): the
 * customers' checked fields, their contacts' names, phones and e-mails, their 待确认/待补充 marks, needs' budgets,
 * follow-ups' times and strategy changes, how many deals each has and the deals that carry an order phone (date, amount,
 * number: the G3 cross-check against the contacts' phones). Fields the schema in force lacks or hides are
 * left out, so an admin's changes never break the view.
 */
public final class QualityData {

    public static final String CUSTOMER = "Customer";
    public static final String NAME = "fullName";

    /** A customer's scanned values by field name (absent = empty). */
    public record CustomerRow(long id, int version, Map<String, Object> values) {
        public String name() {
            Object name = values.get(NAME);
            return name == null ? "" : name.toString();
        }
    }

    public record ContactRow(long id, String name, String mobile, String officePhone, String email) {
    }

    public record FollowUpRow(long id, LocalDateTime time, String strategyChange) {
    }

    /** A deal with its date (as scanned: a date), amount and order phone (下单电话, raw). */
    public record DealRow(long id, Object date, BigDecimal amount, String orderPhone) {
    }

    final EntitySchema customerSchema;
    /** The deal entity in force, for its fields' labels; null when unknown (a test's data). */
    final EntitySchema dealSchema;
    final Map<Long, CustomerRow> customers = new LinkedHashMap<>();
    final Map<Long, List<ContactRow>> contacts = new HashMap<>();
    final Map<Long, Map<String, String>> pending = new HashMap<>();
    final Map<Long, List<String>> budgets = new HashMap<>();
    final Map<Long, List<FollowUpRow>> followUps = new HashMap<>();
    final Map<Long, Integer> deals = new HashMap<>();
    /** Only the deals that carry an order phone: most do not, and a million deal rows need not be kept. */
    final Map<Long, List<DealRow>> dealsWithOrderPhone = new HashMap<>();
    /** Contacts as the user may see them (masked for the role), by id; empty when the raw rows may be shown. */
    final Map<Long, ContactRow> shownContacts = new HashMap<>();

    public QualityData(EntitySchema customerSchema) {
        this(customerSchema, null);
    }

    public QualityData(EntitySchema customerSchema, EntitySchema dealSchema) {
        this.customerSchema = customerSchema;
        this.dealSchema = dealSchema;
    }

    /** Adds what a scan (or a test) found; the loader's way in. */
    public void addCustomer(long id, int version, Map<String, Object> values) {
        customers.put(id, new CustomerRow(id, version, Map.copyOf(values)));
    }

    public void addContact(long customer, ContactRow contact) {
        contacts.computeIfAbsent(customer, k -> new ArrayList<>(2)).add(contact);
    }

    /** The contact's row as the user may see it (masked), for messages. */
    public void addShownContact(ContactRow contact) {
        shownContacts.put(contact.id(), contact);
    }

    public void addPending(long customer, String field, String state) {
        pending.computeIfAbsent(customer, k -> new LinkedHashMap<>()).put(field, state);
    }

    public void addBudget(long customer, String budgetRange) {
        budgets.computeIfAbsent(customer, k -> new ArrayList<>(1)).add(budgetRange);
    }

    public void addFollowUp(long customer, FollowUpRow followUp) {
        followUps.computeIfAbsent(customer, k -> new ArrayList<>(2)).add(followUp);
    }

    public void addDeal(long customer) {
        deals.merge(customer, 1, Integer::sum);
    }

    /** Counts the deal and keeps it when it has an order phone. */
    public void addDeal(long customer, DealRow deal) {
        addDeal(customer);
        if (deal.orderPhone() != null && !deal.orderPhone().isBlank()) {
            dealsWithOrderPhone.computeIfAbsent(customer, k -> new ArrayList<>(1)).add(deal);
        }
    }

    /** Reads what the checks need; five scans. */
    public static QualityData load(RecordRepository repository, MergedSchema schema) throws StoreException {
        return load(repository, repository, schema);
    }

    /**
     * Reads what the checks need from the store's own repository (raw values: the scan must compare real phone
     * numbers), and the contacts again through {@code shown} — the repository views read through, which masks personal
     * fields for the user's role — for what messages and views show.
     */
    public static QualityData load(RecordRepository repository, RecordRepository shown, MergedSchema schema) throws StoreException {
        QualityData data = new QualityData(schema.customer(), schema.entity("Deal").orElse(null));
        List<String> fields = new ArrayList<>(List.of(NAME));
        for (String name : QualityChecks.CUSTOMER_FIELDS) {
            if (!name.equals(NAME) && shown(schema, CUSTOMER, name)) {
                fields.add(name);
            }
        }
        for (FieldDescriptor field : schema.customer().fields()) {
            if (field.required() && field.kind().isValue() && !field.hidden() && !fields.contains(field.name())) {
                fields.add(field.name());
            }
        }
        repository.scan(CUSTOMER, fields, (id, version, values) -> {
            Map<String, Object> row = new HashMap<>();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    row.put(fields.get(i), values[i]);
                }
            }
            data.addCustomer(id, version, row);
        });
        List<String> contactFields = present(schema, "Contact", "name", "mobile", "officePhone", "email");
        if (contactFields != null) {
            repository.scan("Contact", contactFields, (id, version, v) -> data.addContact((Long) v[0],
                    new ContactRow(id, text(v[1]), text(v[2]), text(v[3]), text(v[4]))));
        }
        if (contactFields != null && shown != repository) {
            shown.scan("Contact", contactFields, (id, version, v) -> data.addShownContact(
                    new ContactRow(id, text(v[1]), text(v[2]), text(v[3]), text(v[4]))));
        }
        List<String> pendingFields = present(schema, "PendingField", "field", "state");
        if (pendingFields != null) {
            repository.scan("PendingField", pendingFields, (id, version, v) -> data.addPending((Long) v[0], text(v[1]), text(v[2])));
        }
        List<String> needFields = present(schema, "Need", "budgetRange");
        if (needFields != null) {
            repository.scan("Need", needFields, (id, version, v) -> {
                if (v[1] != null) {
                    data.addBudget((Long) v[0], v[1].toString());
                }
            });
        }
        List<String> followUpFields = present(schema, "FollowUp", "time", "strategyChangeReason");
        if (followUpFields != null) {
            repository.scan("FollowUp", followUpFields, (id, version, v) -> data.addFollowUp((Long) v[0],
                    new FollowUpRow(id, (LocalDateTime) v[1], text(v[2]))));
        }
        List<String> dealFields = present(schema, "Deal", "date", "amount", "orderPhone");
        if (dealFields != null) {
            repository.scan("Deal", dealFields, (id, version, v) -> data.addDeal((Long) v[0],
                    new DealRow(id, v[1], v[2] == null ? null : new BigDecimal(v[2].toString()), text(v[3]))));
        } else if (schema.entity("Deal").isPresent()) {
            repository.scan("Deal", List.of(RecordRepository.OWNER), (id, version, v) -> data.addDeal((Long) v[0]));
        }
        return data;
    }

    public Map<Long, CustomerRow> customers() {
        return customers;
    }

    public List<ContactRow> contacts(long customer) {
        return contacts.getOrDefault(customer, List.of());
    }

    /** The contact as the user may see it (masked for the role): for messages and views, never for comparing. */
    public ContactRow shown(ContactRow contact) {
        return shownContacts.getOrDefault(contact.id(), contact);
    }

    /** The customer's deals that carry an order phone. */
    public List<DealRow> dealsWithOrderPhone(long customer) {
        return dealsWithOrderPhone.getOrDefault(customer, List.of());
    }

    /** The customer's 待确认/待补充 marks: field name → state (TO_BE_CONFIRMED, TO_BE_COMPLETED). */
    public Map<String, String> pending(long customer) {
        return pending.getOrDefault(customer, Map.of());
    }

    /** The customers as the duplicate scan sees them: name and every contact's mobile and office phone. */
    public List<DuplicateScan.Candidate> candidates() {
        List<DuplicateScan.Candidate> candidates = new ArrayList<>(customers.size());
        for (CustomerRow customer : customers.values()) {
            List<String> phones = new ArrayList<>(2);
            for (ContactRow contact : contacts(customer.id())) {
                if (contact.mobile() != null) {
                    phones.add(contact.mobile());
                }
                if (contact.officePhone() != null) {
                    phones.add(contact.officePhone());
                }
            }
            candidates.add(new DuplicateScan.Candidate(customer.id(), customer.name(), phones));
        }
        return candidates;
    }

    /** The owner link and the named fields of an entity, or null when it or any of them is missing or hidden. */
    private static List<String> present(MergedSchema schema, String entity, String... names) {
        List<String> fields = new ArrayList<>(List.of(RecordRepository.OWNER));
        for (String name : names) {
            if (!shown(schema, entity, name)) {
                return null;
            }
            fields.add(name);
        }
        return fields;
    }

    private static boolean shown(MergedSchema schema, String entity, String name) {
        return schema.entity(entity).flatMap(e -> e.field(name)).filter(f -> !f.hidden() && f.kind().isStored()).isPresent();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
