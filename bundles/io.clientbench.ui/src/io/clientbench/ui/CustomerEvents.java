package io.clientbench.ui;

/** Event-broker topics the customer views exchange, so a save in one is seen in all without them knowing each other. */
public final class CustomerEvents {

    /** A customer was created or saved; the event's data ({@code IEventBroker.DATA}) is its {@code StoredRecord}. */
    public static final String SAVED = "io/clientbench/customer/saved";

    /**
     * A record a customer owns (a contact, deal, follow-up or need) was created or saved; the event's data is its
     * {@code StoredRecord}. The work lists refresh on it.
     */
    public static final String CHILD_SAVED = "io/clientbench/customer/child/saved";

    /** The schema in force changed (an admin applied an overlay); no data. */
    public static final String SCHEMA_CHANGED = "io/clientbench/schema/changed";

    /**
     * Records were imported, or an import was undone: too many changes to post one by one, so views reload whatever
     * they show. The event's data is the store's {@code ImportBatch}.
     */
    public static final String IMPORTED = "io/clientbench/records/imported";

    private CustomerEvents() {
    }
}
