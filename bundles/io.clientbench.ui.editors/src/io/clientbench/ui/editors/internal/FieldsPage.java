package io.clientbench.ui.editors.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ColumnLayout;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.clientbench.core.validation.Violation;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.ui.editors.RecordForm;

/**
 * A page of the customer editor: one section per field group, in up to two columns, a widget per field. Which fields
 * belong here is a function of the draft (industry fields depend on the customer's industry), so {@link #rebuild()}
 * lays the page out again after the industry changes.
 */
final class FieldsPage extends FormPage {

    private final CustomerEditor editor;
    private final Function<CustomerEditor, List<FieldDescriptor>> fields;
    private RecordForm form;
    private Composite body;
    private FormToolkit toolkit;

    FieldsPage(CustomerEditor editor, String id, String title, Function<CustomerEditor, List<FieldDescriptor>> fields) {
        super(editor, id, title);
        this.editor = editor;
        this.fields = fields;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        toolkit = managedForm.getToolkit();
        ScrolledForm scrolled = managedForm.getForm();
        scrolled.setText(editor.getPartName());
        toolkit.decorateFormHeading(scrolled.getForm());
        body = scrolled.getBody();
        ColumnLayout columns = new ColumnLayout();
        columns.minNumColumns = 1;
        columns.maxNumColumns = 2;
        body.setLayout(columns);
        rebuild();
    }

    void rebuild() {
        if (body == null || body.isDisposed()) {
            return;
        }
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        form = null;
        List<FieldDescriptor> shown = fields.apply(editor);
        if (shown.isEmpty()) {
            toolkit.createLabel(body, NLS.bind(EditorMessages.industry_none, editor.industryLabel()), SWT.WRAP);
        }
        form = RecordForm.create(body, toolkit, shown, editor.draft(), editor::fieldChanged);
        shown.forEach(f -> form.control(f.name()).ifPresent(c -> PendingMarkMenu.attach(c, f, editor)));
        getManagedForm().getForm().reflow(true);
        showViolations(editor.violations());
    }

    /** Shows a field's text from the draft again; @return whether the field is on this page */
    boolean refresh(String field) {
        return form != null && !body.isDisposed() && form.refresh(field);
    }

    /** Marks each invalid field of this page with its reason, and sums them up in the form's heading. */
    void showViolations(List<Violation> violations) {
        if (getManagedForm() == null || body == null || body.isDisposed()) {
            return;
        }
        IMessageManager messages = getManagedForm().getMessageManager();
        // No setAutoUpdate(false/true) batch here: after a rebuild the manager still holds the decorators of the disposed
        // fields, and turning auto-update back on compares them by control (null once disposed) and throws, failing the
        // save that rebuilt the page (Forms 3.14 MessageManager.checkDecoratorCache).
        messages.removeAllMessages();
        if (form != null) {
            form.showViolations(messages, violations);
            for (FieldDescriptor field : fields.apply(editor)) { // 待确认/待补充 marks: amber inputs, listed in the heading
                String state = editor.markOf(field.name());
                form.control(field.name()).ifPresent(control -> {
                    PendingMarkMenu.paint(control, field, state);
                    if (state != null) {
                        messages.addMessage("pending." + field.name(), PendingMarkMenu.text(field, state), null,
                                org.eclipse.jface.dialogs.IMessageProvider.INFORMATION, control);
                    }
                });
            }
        }
    }
}
