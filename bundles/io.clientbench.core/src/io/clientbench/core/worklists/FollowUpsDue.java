package io.clientbench.core.worklists;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The follow-ups due: the next step of each customer's latest follow-up, across all customers, by date, with the ones
 * before today marked overdue. Only the latest follow-up counts because recording a newer one is how a sales person
 * reports the previous next step as done; otherwise every old plan would stay overdue for ever.
 */
public final class FollowUpsDue {

    public static final String ENTITY = "FollowUp";
    /** The fields to scan, in this order: follow-up time, next step, its date, the customer's id. */
    public static final List<String> FIELDS = List.of("time", "nextStep", "nextStepDate", Worklists.OWNER);

    /** One due next step. */
    public record Entry(long followUpId, long customerId, String customer, LocalDate date, String nextStep, boolean overdue) {
    }

    private record Row(long id, long customer, LocalDateTime time, String nextStep, LocalDate date) {
    }

    /** The latest follow-up of each customer seen so far. */
    private final Map<Long, Row> latest = new HashMap<>();

    /** One scanned row of {@link #FIELDS} (the shape of the store's {@code RecordRepository.RowSink}). */
    public void add(long id, int version, Object[] values) {
        Row row = new Row(id, Worklists.owner(values[3]), values[0] instanceof LocalDateTime t ? t : null,
                values[1] == null ? "" : values[1].toString(), values[2] instanceof LocalDate d ? d : null);
        latest.merge(row.customer(), row, (a, b) -> isLater(b, a) ? b : a);
    }

    private static boolean isLater(Row a, Row b) {
        LocalDateTime ta = a.time() == null ? LocalDateTime.MIN : a.time();
        LocalDateTime tb = b.time() == null ? LocalDateTime.MIN : b.time();
        return ta.isAfter(tb) || ta.equals(tb) && a.id() > b.id(); // same time: the one recorded later
    }

    /** The due next steps, earliest first (then by customer name); {@code today} decides what is overdue. */
    public List<Entry> entries(CustomerNames names, LocalDate today) {
        List<Entry> entries = new ArrayList<>();
        for (Row row : latest.values()) {
            if (row.date() != null && row.customer() >= 0) {
                entries.add(new Entry(row.id(), row.customer(), names.of(row.customer()), row.date(), row.nextStep(),
                        row.date().isBefore(today)));
            }
        }
        entries.sort(Comparator.comparing(Entry::date).thenComparing(Entry::customer).thenComparingLong(Entry::followUpId));
        return entries;
    }
}
