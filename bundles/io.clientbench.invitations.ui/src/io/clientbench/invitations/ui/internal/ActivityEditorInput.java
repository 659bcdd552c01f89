package io.clientbench.invitations.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** Opens a stored activity in the activity editor. */
final class ActivityEditorInput implements IEditorInput {

    static final String EDITOR_ID = "io.clientbench.invitations.ui.activity";

    private final long id;
    private final String name;

    ActivityEditorInput(long id, String name) {
        this.id = id;
        this.name = name == null ? "" : name;
    }

    long id() {
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
        return other instanceof ActivityEditorInput input && input.id == id;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
