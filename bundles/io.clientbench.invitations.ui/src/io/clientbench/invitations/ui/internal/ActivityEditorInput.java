package io.clientbench.invitations.ui.internal;

import java.util.Objects;

import io.clientbench.ui.NamedEditorInput;

/** Opens a stored activity in the activity editor. */
final class ActivityEditorInput extends NamedEditorInput {

    static final String EDITOR_ID = "io.clientbench.invitations.ui.activity";

    private final long id;

    ActivityEditorInput(long id, String name) {
        super(name);
        this.id = id;
    }

    long id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActivityEditorInput input && input.id == id;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
