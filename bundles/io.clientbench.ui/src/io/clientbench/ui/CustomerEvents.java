package io.clientbench.ui;

/** Event-broker topics the customer views exchange, so a save in one is seen in all without them knowing each other. */
public final class CustomerEvents {

    /** A customer was created or saved; the event's data ({@code IEventBroker.DATA}) is its {@code StoredRecord}. */
    public static final String SAVED = "io/clientbench/customer/saved";

    /**
     * A record a customer owns (a contact, deal, follow-up or need) was created or saved; the event's data is its
     * {@code StoredRecord} and the property {@link #OWNER} the owning customer's id (a stored record does not carry
     * it): post it with {@link #childSaved}. The work lists refresh on it; the analyses' dataset links a new record to
     * its customer without reading everything again.
     */
    public static final String CHILD_SAVED = "io/clientbench/customer/child/saved";

    /** {@code IEventBroker.DATA}: the property an event's data travels in (this bundle does not import the broker). */
    private static final String EVENT_DATA = "org.eclipse.e4.data";

    /** The event property of {@link #CHILD_SAVED} holding the owning customer's id (a {@code Long}). */
    public static final String OWNER = "io.clientbench.ownerId";

    /**
     * Tag (and Grade) records of many customers were written at once — an analysis's write-back replacing its earlier
     * tags; the event's data is the analysis id. The navigator reads the tags again for its tag filter.
     */
    public static final String TAGS_CHANGED = "io/clientbench/customer/tags/changed";

    /** The schema in force changed (an admin applied an overlay); no data. */
    public static final String SCHEMA_CHANGED = "io/clientbench/schema/changed";

    /**
     * Records were imported, or an import was undone: too many changes to post one by one, so views reload whatever
     * they show. The event's data is the store's {@code ImportBatch}.
     */
    public static final String IMPORTED = "io/clientbench/records/imported";

    /**
     * The data to post a {@link #CHILD_SAVED} with: the event broker takes a map as the event's properties, so
     * handlers injected with the event's data still receive the record itself.
     */
    public static java.util.Map<String, Object> childSaved(Object record, long ownerId) {
        return java.util.Map.of(EVENT_DATA, record, OWNER, ownerId);
    }

    private CustomerEvents() {
    }
}
