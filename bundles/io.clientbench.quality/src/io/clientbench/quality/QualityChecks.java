package io.clientbench.quality;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import io.clientbench.model.FieldDescriptor;
import io.clientbench.quality.QualityData.ContactRow;
import io.clientbench.quality.QualityData.CustomerRow;
import io.clientbench.quality.QualityData.FollowUpRow;

/**
 * The sheets' data-quality rules per customer (G3), each finding with a message naming the customer and the field:
 * completeness weighted by required and important fields, 待确认/待补充 marks counted apart from empty fields
 * (sheet 0: "no empty cells, write 待确认"; sheet 2: "待补充 and notify the owner"), staleness (not updated for
 * {@link Settings#staleDays}, default 30 — "update at least monthly" — or flagged 目前信息是否失真), a major change not
 * synced within 24 h (a follow-up recording a strategy change later than the customer's update date), and cross-field
 * checks (contact phones valid, work e-mails not personal, company size vs. budget, deal history vs. deal figures and
 * cooperation status, no negative amounts, deals' order phones among the contacts' phones — {@link OrderPhoneCheck}).
 */
public final class QualityChecks {

    public enum Kind {
        INCOMPLETE, PENDING, STALE, MAJOR_CHANGE_NOT_SYNCED, CROSS_FIELD
    }

    /** One problem of one customer; {@code field} names the field(s) concerned. */
    public record Finding(long customerId, String customer, Kind kind, String field, String message) {
    }

    /** How complete a customer is: 0–1 over the weighted fields, and which are empty or marked pending. */
    public record Completeness(double score, List<String> missing, List<String> pending) {
    }

    /**
     * @param staleDays              a customer not updated for longer is stale
     * @param majorChangeSync        how soon a major change must reach the customer record
     * @param completenessThreshold  a customer under this score is reported incomplete
     * @param budgetCapBySize        the largest plausible budget (yuan) per company-size value; sizes not listed have none
     */
    public record Settings(int staleDays, Duration majorChangeSync, double completenessThreshold, Map<String, BigDecimal> budgetCapBySize) {
        public static final Settings DEFAULT = new Settings(30, Duration.ofHours(24), 0.8,
                Map.of("MICRO", new BigDecimal("500000"), "SMALL", new BigDecimal("2000000"), "MEDIUM", new BigDecimal("10000000")));
    }

    /** Fields every customer should have filled besides the schema's required ones (weight 2; required weigh 3). */
    public static final List<String> IMPORTANT = List.of("industry", "sizeBand", "region", "owner", "customerType", "cooperationStatus",
            "dataSource", "updatedAt");
    /** The customer fields the checks read. */
    static final List<String> CUSTOMER_FIELDS = List.of("fullName", "industry", "sizeBand", "region", "owner", "customerType",
            "cooperationStatus", "dataSource", "updatedAt", "stale", "historyDealCount", "historyDealAmount", "cumulativeSpend");
    /** The pseudo-field "a contact with a valid phone" in completeness (weight 2). */
    public static final String CONTACT_PHONE = "contact.phone";
    private static final Set<String> PERSONAL_MAIL = Set.of("qq.com", "163.com", "126.com", "sina.com", "sina.cn", "sohu.com", "foxmail.com",
            "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "139.com", "yeah.net", "aliyun.com");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(亿|万|千|k|w)?", Pattern.CASE_INSENSITIVE);

    private final QualityData data;
    private final Settings settings;
    private final LocalDateTime now;
    private final Locale locale;

    public QualityChecks(QualityData data, Settings settings, LocalDateTime now) {
        this.data = data;
        this.settings = settings;
        this.now = now;
        this.locale = Locale.getDefault();
    }

    /** Every finding of every customer, customer by customer. */
    public List<Finding> run() {
        List<Finding> findings = new ArrayList<>();
        for (CustomerRow customer : data.customers().values()) {
            check(customer, findings);
        }
        return findings;
    }

    public Completeness completeness(CustomerRow customer) {
        Map<String, String> pending = data.pending(customer.id());
        List<String> missing = new ArrayList<>();
        List<String> marked = new ArrayList<>();
        double total = 0;
        double filled = 0;
        for (FieldDescriptor field : data.customerSchema.fields()) {
            int weight = field.required() ? 3 : IMPORTANT.contains(field.name()) ? 2 : 0;
            if (weight == 0 || field.hidden() || !field.kind().isValue()) {
                continue;
            }
            total += weight;
            if (customer.values().get(field.name()) != null) {
                filled += weight;
            } else if (pending.containsKey(field.name())) {
                marked.add(field.name());
            } else {
                missing.add(field.name());
            }
        }
        total += 2;
        if (data.contacts(customer.id()).stream().anyMatch(c -> PhoneNumbers.isValid(c.mobile()) || PhoneNumbers.isValid(c.officePhone()))) {
            filled += 2;
        } else {
            missing.add(CONTACT_PHONE);
        }
        return new Completeness(total == 0 ? 1 : filled / total, List.copyOf(missing), List.copyOf(marked));
    }

    private void check(CustomerRow customer, List<Finding> findings) {
        String name = customer.name().isEmpty() ? "#" + customer.id() : customer.name();
        Completeness completeness = completeness(customer);
        if (completeness.score() < settings.completenessThreshold() && !completeness.missing().isEmpty()) {
            String fields = String.join(", ", completeness.missing().stream().map(this::label).toList());
            findings.add(new Finding(customer.id(), name, Kind.INCOMPLETE, String.join(",", completeness.missing()),
                    NLS.bind(QualityMessages.incomplete, new Object[] { name, Math.round(completeness.score() * 100), fields })));
        }
        data.pending(customer.id()).forEach((field, state) -> {
            if (customer.values().get(field) == null) { // a mark left over after the value came (a merge) is no longer open
                findings.add(new Finding(customer.id(), name, Kind.PENDING, field, NLS.bind(
                        "TO_BE_COMPLETED".equals(state) ? QualityMessages.toBeCompleted : QualityMessages.toBeConfirmed, name, label(field))));
            }
        });
        LocalDateTime updated = customer.values().get("updatedAt") instanceof LocalDateTime at ? at : null;
        if (Boolean.TRUE.equals(customer.values().get("stale"))) {
            findings.add(new Finding(customer.id(), name, Kind.STALE, "stale", NLS.bind(QualityMessages.flaggedStale, name, label("stale"))));
        } else if (updated != null && ChronoUnit.DAYS.between(updated, now) > settings.staleDays()) {
            findings.add(new Finding(customer.id(), name, Kind.STALE, "updatedAt", NLS.bind(QualityMessages.notUpdated,
                    new Object[] { name, ChronoUnit.DAYS.between(updated, now), updated.toLocalDate(), label("updatedAt") })));
        }
        for (FollowUpRow followUp : data.followUps.getOrDefault(customer.id(), List.of())) {
            if (followUp.strategyChange() != null && followUp.time() != null && (updated == null || updated.isBefore(followUp.time()))
                    && followUp.time().plus(settings.majorChangeSync()).isBefore(now)) {
                findings.add(new Finding(customer.id(), name, Kind.MAJOR_CHANGE_NOT_SYNCED, "updatedAt",
                        NLS.bind(QualityMessages.majorChangeNotSynced, new Object[] { name, followUp.time().toLocalDate(), label("updatedAt"),
                                settings.majorChangeSync().toHours() })));
                break;
            }
        }
        crossFields(customer, name, findings);
    }

    private void crossFields(CustomerRow customer, String name, List<Finding> findings) {
        for (ContactRow contact : data.contacts(customer.id())) {
            ContactRow shown = data.shown(contact); // the messages show what the user's role may see
            String who = shown.name() == null ? "#" + contact.id() : shown.name();
            String[][] phones = { { "mobile", contact.mobile(), shown.mobile() }, { "officePhone", contact.officePhone(), shown.officePhone() } };
            for (String[] phone : phones) {
                if (phone[1] != null && !PhoneNumbers.isValid(phone[1])) {
                    findings.add(new Finding(customer.id(), name, Kind.CROSS_FIELD, "Contact." + phone[0],
                            NLS.bind(QualityMessages.invalidPhone, new Object[] { name, who, phone[2] })));
                }
            }
            String email = contact.email();
            if (email != null && email.contains("@") && PERSONAL_MAIL.contains(email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT))) {
                findings.add(new Finding(customer.id(), name, Kind.CROSS_FIELD, "Contact.email",
                        NLS.bind(QualityMessages.personalEmail, new Object[] { name, who, shown.email() })));
            }
        }
        Object size = customer.values().get("sizeBand");
        BigDecimal cap = size == null ? null : settings.budgetCapBySize().get(size.toString());
        if (cap != null) {
            for (String budget : data.budgets.getOrDefault(customer.id(), List.of())) {
                BigDecimal upper = upperAmount(budget);
                if (upper != null && upper.compareTo(cap) > 0) {
                    findings.add(new Finding(customer.id(), name, Kind.CROSS_FIELD, "sizeBand",
                            NLS.bind(QualityMessages.budgetTooLarge, new Object[] { name, budget, sizeLabel(size.toString()) })));
                    break;
                }
            }
        }
        long count = number(customer.values().get("historyDealCount"));
        long amount = number(customer.values().get("historyDealAmount"));
        if (count == 0 && amount > 0 || count > 0 && amount == 0) {
            findings.add(new Finding(customer.id(), name, Kind.CROSS_FIELD, "historyDealAmount",
                    NLS.bind(QualityMessages.historyMismatch, new Object[] { name, label("historyDealCount"), count, label("historyDealAmount"),
                            customer.values().getOrDefault("historyDealAmount", 0) })));
        }
        int deals = data.deals.getOrDefault(customer.id(), 0);
        if ("POTENTIAL".equals(String.valueOf(customer.values().get("cooperationStatus"))) && (deals > 0 || count > 0)) {
            findings.add(new Finding(customer.id(), name, Kind.CROSS_FIELD, "cooperationStatus",
                    NLS.bind(QualityMessages.potentialWithDeals, new Object[] { name, label("cooperationStatus"), Math.max(deals, count) })));
        }
        for (String field : List.of("historyDealAmount", "cumulativeSpend")) {
            if (customer.values().get(field) instanceof BigDecimal value && value.signum() < 0) {
                findings.add(new Finding(customer.id(), name, Kind.CROSS_FIELD, field, NLS.bind(QualityMessages.negativeAmount, name, label(field))));
            }
        }
        OrderPhoneCheck.check(data, customer.id(), name, locale, findings);
    }

    /** The largest amount a budget text names, in yuan: "5–10万" → 100000, "1.5亿" → 150000000; null when none. */
    public static BigDecimal upperAmount(String budget) {
        BigDecimal upper = null;
        Matcher m = AMOUNT.matcher(budget);
        String lastUnit = null;
        List<BigDecimal> values = new ArrayList<>();
        List<String> units = new ArrayList<>();
        while (m.find()) {
            values.add(new BigDecimal(m.group(1)));
            units.add(m.group(2));
            if (m.group(2) != null) {
                lastUnit = m.group(2);
            }
        }
        for (int i = 0; i < values.size(); i++) {
            String unit = units.get(i) != null ? units.get(i) : lastUnit; // "5–10万": the unit after the range applies to both
            BigDecimal yuan = values.get(i).multiply(switch (unit == null ? "" : unit.toLowerCase(Locale.ROOT)) {
                case "亿" -> new BigDecimal("100000000");
                case "万", "w" -> new BigDecimal("10000");
                case "千", "k" -> new BigDecimal("1000");
                default -> BigDecimal.ONE;
            });
            upper = upper == null || yuan.compareTo(upper) > 0 ? yuan : upper;
        }
        return upper;
    }

    private String label(String field) {
        if (CONTACT_PHONE.equals(field)) {
            return QualityMessages.contactPhone;
        }
        return data.customerSchema.field(field).map(f -> f.label().text(locale)).orElse(field);
    }

    private String sizeLabel(String literal) {
        return data.customerSchema.field("sizeBand").flatMap(f -> f.literals().stream().filter(l -> l.name().equals(literal)).findFirst())
                .map(l -> l.label().text(locale)).orElse(literal);
    }

    private static long number(Object value) {
        return value instanceof Number n ? (value instanceof BigDecimal d ? d.signum() == 0 ? 0 : Math.max(1, d.longValue()) : n.longValue()) : 0;
    }
}
