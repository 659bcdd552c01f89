package io.clientbench.ui;

/** Event-broker topics the customer views exchange, so a save in one is seen in all without them knowing each other. */
public final class CustomerEvents {

    /** A customer was created or saved; the event's data ({@code IEventBroker.DATA}) is its {@code StoredRecord}. */
    public static final String SAVED = "io/clientbench/customer/saved";

    /** The schema in force changed (an admin applied an overlay); no data. */
    public static final String SCHEMA_CHANGED = "io/clientbench/schema/changed";

    private CustomerEvents() {
    }
}
