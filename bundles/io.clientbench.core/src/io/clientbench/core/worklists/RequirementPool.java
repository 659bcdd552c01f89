package io.clientbench.core.worklists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

import io.clientbench.core.ice.IcePriority;
import io.clientbench.core.ice.IceScore;
import io.clientbench.core.ice.IceThresholds;

/**
 * The requirement pool: every customer's needs ranked by ICE score, highest first, each with its priority under the
 * user's thresholds. Needs not fully rated have no score and come last, so rating a need is what moves it up.
 */
public final class RequirementPool {

    public static final String ENTITY = "Need";
    /** The fields to scan, in this order: description, impact, confidence, ease, status, the customer's id. */
    public static final List<String> FIELDS = List.of("description", IceScore.IMPACT, IceScore.CONFIDENCE, IceScore.EASE,
            "status", Worklists.OWNER);

    /**
     * One need of the pool.
     *
     * @param score    the ICE score, empty when not fully rated
     * @param priority the score's priority, null without a score
     * @param status   the stored status name (a NeedStatus literal), or null
     */
    public record Entry(long needId, long customerId, String customer, String description, OptionalInt score,
            IcePriority priority, String status) {
    }

    private record Row(long id, long customer, String description, OptionalInt score, String status) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** One scanned row of {@link #FIELDS} (the shape of the store's {@code RecordRepository.RowSink}). */
    public void add(long id, int version, Object[] values) {
        rows.add(new Row(id, Worklists.owner(values[5]), values[0] == null ? "" : values[0].toString(),
                IceScore.of(values[1], values[2], values[3]), values[4] == null ? null : values[4].toString()));
    }

    /** The needs, highest score first; equal scores by customer name, then oldest first. */
    public List<Entry> entries(CustomerNames names, IceThresholds thresholds) {
        List<Entry> entries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            IcePriority priority = row.score().isPresent() ? thresholds.priorityOf(row.score().getAsInt()) : null;
            entries.add(new Entry(row.id(), row.customer(), names.of(row.customer()), row.description(), row.score(), priority, row.status()));
        }
        entries.sort(Comparator.comparingInt((Entry e) -> e.score().orElse(0)).reversed()
                .thenComparing(Entry::customer).thenComparingLong(Entry::needId));
        return entries;
    }
}
