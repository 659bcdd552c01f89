package io.clientbench.core.worklists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every customer's name by id, for the work lists' customer column; filled by a scan of {@link #FIELDS}. */
public final class CustomerNames {

    public static final String ENTITY = "Customer";
    public static final List<String> FIELDS = List.of("fullName");

    private final Map<Long, String> names = new HashMap<>();

    /** One scanned row (the shape of the store's {@code RecordRepository.RowSink}). */
    public void add(long id, int version, Object[] values) {
        names.put(id, values[0] == null ? "" : values[0].toString());
    }

    /** The customer's name, or "" for an unknown id (a record whose customer was removed). */
    public String of(long id) {
        return names.getOrDefault(id, "");
    }
}
