package io.clientbench.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * An editor input known by a name and an id of the subclass's choosing (a customer's, an activity's, an analysis's):
 * not persisted and not in the recently-used list, since ids are per database and nothing restores them. Subclasses
 * say which inputs are the same editor through {@code equals} and {@code hashCode}.
 */
public abstract class NamedEditorInput implements IEditorInput {

    private final String name;

    protected NamedEditorInput(String name) {
        this.name = name == null ? "" : name;
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
        return false;
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
    public abstract boolean equals(Object other);

    @Override
    public abstract int hashCode();
}
