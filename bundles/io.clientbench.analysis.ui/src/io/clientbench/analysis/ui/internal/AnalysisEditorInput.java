package io.clientbench.analysis.ui.internal;

import java.util.Objects;

import io.clientbench.ui.NamedEditorInput;

/** Opens an analysis, by its id, in the analysis editor. */
final class AnalysisEditorInput extends NamedEditorInput {

    static final String EDITOR_ID = "io.clientbench.analysis.ui.analysis";

    private final String id;

    AnalysisEditorInput(String id, String name) {
        super(name);
        this.id = id;
    }

    String id() {
        return id;
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
