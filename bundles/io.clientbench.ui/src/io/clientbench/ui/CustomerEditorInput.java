package io.clientbench.ui;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** Opens a customer in the customer editor: a stored one by id, or a new one ({@link #NEW}). */
public final class CustomerEditorInput implements IEditorInput {

    /** The customer editor's id (contributed by {@code io.clientbench.ui.editors}). */
    public static final String EDITOR_ID = "io.clientbench.ui.editors.customer";
    public static final long NEW = -1;

    private final long id;
    private final String name;

    public CustomerEditorInput(long id, String name) {
        this.id = id;
        this.name = name == null ? "" : name;
    }

    public long id() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getToolTipText() {
        return name;
    }

    @Override
    public boolean exists() {
        return false; // not in the recently-used list: ids are per database
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
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
