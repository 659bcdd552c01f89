package io.clientbench.analysis.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** Opens an analysis, by its id, in the analysis editor. */
final class AnalysisEditorInput implements IEditorInput {

    static final String EDITOR_ID = "io.clientbench.analysis.ui.analysis";

    private final String id;
    private final String name;

    AnalysisEditorInput(String id, String name) {
        this.id = id;
        this.name = name == null ? "" : name;
    }

    String id() {
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
        return false; // not in the recently-used list: nothing to restore it from
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
        return other instanceof AnalysisEditorInput input && input.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
