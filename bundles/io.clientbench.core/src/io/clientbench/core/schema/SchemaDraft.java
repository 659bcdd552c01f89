package io.clientbench.core.schema;

import java.util.ArrayList;
import java.util.List;

import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaChangeException;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaRegistry;

/**
 * The admin's pending schema changes: the overlay in force plus a list of edits, each checked against the schema the
 * edits before it give. Nothing reaches the store until the editor applies {@link #overlay()}; undo replays the edits
 * but the last one on a fresh copy of the overlay in force, so an undone edit leaves no trace.
 */
public final class SchemaDraft {

    private final SchemaRegistry registry;
    private SchemaOverlay inForce;
    private final List<SchemaEdit> edits = new ArrayList<>();
    private SchemaOverlay working;
    private MergedSchema preview;

    public SchemaDraft(SchemaRegistry registry, SchemaOverlay inForce) {
        this.registry = registry;
        this.inForce = inForce;
        replay();
    }

    /**
     * Adds an edit if the schema accepts it.
     *
     * @throws SchemaChangeException naming entity and field when it does not; the draft is unchanged then
     */
    public void apply(SchemaEdit edit) throws SchemaChangeException {
        SchemaOverlay candidate = working.copy();
        edit.operation().apply(candidate, preview);
        MergedSchema candidatePreview = registry.preview(candidate);
        if (!candidatePreview.problems().isEmpty()) {
            throw new SchemaChangeException(String.join("\n", candidatePreview.problems()));
        }
        edits.add(edit);
        working = candidate;
        preview = candidatePreview;
    }

    /** Takes back the last edit. @return whether there was one */
    public boolean undo() {
        if (edits.isEmpty()) {
            return false;
        }
        edits.remove(edits.size() - 1);
        replay();
        return true;
    }

    /** The overlay in force (what the store has) becomes the draft's overlay: after a successful apply. */
    public void applied() {
        inForce = working.copy();
        edits.clear();
        replay();
    }

    /** Drops every pending edit. */
    public void revert() {
        edits.clear();
        replay();
    }

    public List<SchemaEdit> edits() {
        return List.copyOf(edits);
    }

    public boolean isDirty() {
        return !edits.isEmpty();
    }

    /** The merged schema with the pending edits: what the forms, lists and store will follow once applied. */
    public MergedSchema preview() {
        return preview;
    }

    /** The schema in force, before the pending edits. */
    public MergedSchema current() {
        return registry.preview(inForce);
    }

    /** A copy of the overlay with the pending edits, for the store and for export. */
    public SchemaOverlay overlay() {
        return working.copy();
    }

    private void replay() {
        working = inForce.copy();
        preview = registry.preview(working);
        for (SchemaEdit edit : edits) {
            try {
                edit.operation().apply(working, preview);
            } catch (SchemaChangeException e) {
                throw new IllegalStateException("An edit that was accepted is refused on replay: " + e.getMessage(), e);
            }
            preview = registry.preview(working);
        }
    }
}
