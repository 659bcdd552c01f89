package io.clientbench.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import io.clientbench.quality.QualityChecks.Finding;
import io.clientbench.quality.QualityChecks.Kind;
import io.clientbench.quality.QualityData.ContactRow;
import io.clientbench.quality.QualityData.DealRow;

/**
 * Sheet 0's cross-check "the contact phone matches the phone on past orders" (G3): a deal's order phone (下单电话) must
 * be the mobile or office phone of one of the customer's contacts, compared as {@link PhoneNumbers} canonical numbers
 * (+86/0086, separators, extensions and the area code's trunk prefix do not matter; a local number without area code
 * matches a landline ending in it). One finding per differing number, naming its latest deal by date and amount and how
 * many other deals carry it: a customer who orders fifty times from one unknown number has one problem, not fifty. A
 * deal without an order phone is not checked. The number itself is not shown: the message names the field, so no
 * masking is needed.
 */
final class OrderPhoneCheck {

    static final String FIELD = "Deal.orderPhone";

    private OrderPhoneCheck() {
    }

    static void check(QualityData data, long customerId, String customer, Locale locale, List<Finding> findings) {
        List<DealRow> deals = data.dealsWithOrderPhone(customerId);
        if (deals.isEmpty()) {
            return;
        }
        List<String> known = new ArrayList<>();
        for (ContactRow contact : data.contacts(customerId)) {
            for (String phone : new String[] { contact.mobile(), contact.officePhone() }) {
                String canonical = PhoneNumbers.normalize(phone);
                if (canonical != null) {
                    known.add(canonical);
                }
            }
        }
        Map<String, List<DealRow>> unmatched = new LinkedHashMap<>();
        for (DealRow deal : deals) {
            String canonical = PhoneNumbers.normalize(deal.orderPhone());
            if (canonical == null || known.stream().noneMatch(phone -> samePhone(canonical, phone))) {
                String key = canonical != null ? canonical : deal.orderPhone().strip();
                unmatched.computeIfAbsent(key, k -> new ArrayList<>(1)).add(deal);
            }
        }
        String label = label(data, locale);
        for (List<DealRow> same : unmatched.values()) {
            DealRow latest = same.get(0);
            for (DealRow deal : same) {
                LocalDate date = date(deal.date());
                if (date != null && (date(latest.date()) == null || date.isAfter(date(latest.date())))) {
                    latest = deal;
                }
            }
            Object day = date(latest.date()) != null ? date(latest.date()) : latest.date() == null ? "?" : latest.date();
            String amount = latest.amount() == null ? "?" : latest.amount().stripTrailingZeros().toPlainString();
            String message = NLS.bind(QualityMessages.orderPhoneMismatch, new Object[] { customer, day, amount, label });
            if (same.size() > 1) {
                message += NLS.bind(QualityMessages.orderPhoneMismatchMore, same.size() - 1);
            }
            findings.add(new Finding(customerId, customer, Kind.CROSS_FIELD, FIELD, message));
        }
    }

    /**
     * Whether two canonical numbers are the same line: equal, or a local number (7–8 digits, no area code) and a
     * landline (0 + area code) ending in it.
     */
    static boolean samePhone(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return local(a) && b.startsWith("0") && b.endsWith(a) || local(b) && a.startsWith("0") && a.endsWith(b);
    }

    private static boolean local(String canonical) {
        return !canonical.startsWith("0") && (canonical.length() == 7 || canonical.length() == 8);
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate day ? day : value instanceof LocalDateTime time ? time.toLocalDate()
                : value instanceof java.util.Date date ? Instant.ofEpochMilli(date.getTime()).atZone(ZoneId.systemDefault()).toLocalDate() : null;
    }

    private static String label(QualityData data, Locale locale) {
        return data.dealSchema == null ? QualityMessages.orderPhone
                : data.dealSchema.field("orderPhone").map(f -> f.label().text(locale)).orElse(QualityMessages.orderPhone);
    }
}
