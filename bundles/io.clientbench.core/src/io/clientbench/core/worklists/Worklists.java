package io.clientbench.core.worklists;

/** What the work lists share with the store without depending on it. */
public final class Worklists {

    /**
     * The scan field that gives a contained record's customer id: the store's {@code RecordRepository.OWNER} (core does
     * not depend on the store, so the key is repeated here; the UI tests use both).
     */
    public static final String OWNER = "ownerId";

    private Worklists() {
    }

    static long owner(Object value) {
        return value instanceof Number number ? number.longValue() : -1;
    }
}
