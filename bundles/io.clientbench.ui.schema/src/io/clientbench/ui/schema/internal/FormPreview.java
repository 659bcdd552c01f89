package io.clientbench.ui.schema.internal;

import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.ColumnLayout;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.clientbench.core.forms.RecordDraft;
import io.clientbench.model.EntitySchema;
import io.clientbench.ui.WidgetIds;
import io.clientbench.ui.editors.RecordForm;

/**
 * The form an entity's records will have once the pending schema is applied, drawn by the same {@link RecordForm} the
 * customer editor uses, over an empty draft that is never saved.
 */
final class FormPreview {

    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private RecordForm shown;

    FormPreview(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setData(WidgetIds.KEY, WidgetIds.SCHEMA_PREVIEW);
        toolkit.decorateFormHeading(form.getForm());
        ColumnLayout columns = new ColumnLayout();
        columns.minNumColumns = 1;
        columns.maxNumColumns = 1; // the preview shares the editor with the lists
        form.getBody().setLayout(columns);
        parent.addDisposeListener(e -> toolkit.dispose());
    }

    Control control() {
        return form;
    }

    void show(EntitySchema entity) {
        form.setRedraw(false);
        try {
            for (Control child : form.getBody().getChildren()) {
                child.dispose();
            }
            form.setText(NLS.bind(SchemaMessages.preview_title, entity.label().text()));
            shown = RecordForm.create(form.getBody(), toolkit,
                    entity.fields().stream().filter(f -> f.kind().isValue() && !f.hidden()).toList(),
                    new RecordDraft(entity, Map.of()), () -> {
                    });
            form.reflow(true);
        } finally {
            form.setRedraw(true);
        }
    }

    /** Scrolls the field's input into view (the field chosen in the list). */
    void reveal(String field) {
        if (shown == null) {
            return;
        }
        shown.control(field).ifPresent(input -> { // vertically only: a sideways jump would cut the labels off
            int y = form.getBody().toControl(input.toDisplay(0, 0)).y;
            form.setOrigin(0, Math.max(0, y - 60));
        });
    }
}
