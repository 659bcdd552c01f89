package io.clientbench.ui;

import java.util.Objects;

/** Opens a customer in the customer editor: a stored one by id, or a new one ({@link #NEW}). */
public final class CustomerEditorInput extends NamedEditorInput {

    /** The customer editor's id (contributed by {@code io.clientbench.ui.editors}). */
    public static final String EDITOR_ID = "io.clientbench.ui.editors.customer";
    public static final long NEW = -1;

    private final long id;

    public CustomerEditorInput(long id, String name) {
        super(name);
        this.id = id;
    }

    public long id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        // two "new customer" inputs are different editors; a stored customer opens once
        return other instanceof CustomerEditorInput input && id != NEW && input.id == id;
    }

    @Override
    public int hashCode() {
        return id == NEW ? System.identityHashCode(this) : Objects.hash(id);
    }
}
