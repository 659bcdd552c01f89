package io.clientbench.model;

/** Gives the merged customer schema. An OSGi service; no SWT, no JPA. */
public interface SchemaRegistry {

    /** The schema in force: base, packs and the overlay in use. */
    MergedSchema schema();

    /** The schema an overlay would give, without using it (the admin editor's preview). */
    MergedSchema preview(SchemaOverlay overlay);

    /** Puts an overlay in force (after the store has migrated to it). */
    void useOverlay(SchemaOverlay overlay);
}
