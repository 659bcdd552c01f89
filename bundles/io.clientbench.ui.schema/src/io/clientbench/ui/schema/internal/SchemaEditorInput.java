package io.clientbench.ui.schema.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The branch schema: one per workbench, so opening it again activates the open editor. */
final class SchemaEditorInput implements IEditorInput {

    static final String EDITOR_ID = "io.clientbench.ui.schema.editor";
    static final SchemaEditorInput INSTANCE = new SchemaEditorInput();

    private SchemaEditorInput() {
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return SchemaMessages.editor_title;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return SchemaMessages.editor_tooltip;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
