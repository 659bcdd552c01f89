package io.clientbench.ui.editors.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridLayoutFactory;
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
import org.eclipse.ui.forms.widgets.Section;

import io.clientbench.core.validation.Violation;
import io.clientbench.model.FieldDescriptor;

/**
 * A page of the customer editor: one section per field group, in up to two columns, a widget per field. Which fields
 * belong here is a function of the draft (industry fields depend on the customer's industry), so {@link #rebuild()}
 * lays the page out again after the industry changes.
 */
final class FieldsPage extends FormPage {

    private final CustomerEditor editor;
    private final Function<CustomerEditor, List<FieldDescriptor>> fields;
    private final List<FieldWidget> widgets = new ArrayList<>();
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
        ScrolledForm form = managedForm.getForm();
        form.setText(editor.getPartName());
        toolkit.decorateFormHeading(form.getForm());
        body = form.getBody();
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
        widgets.clear();
        List<FieldDescriptor> shown = fields.apply(editor);
        if (shown.isEmpty()) {
            toolkit.createLabel(body, NLS.bind(EditorMessages.industry_none, editor.industryLabel()), SWT.WRAP);
        }
        Map<String, List<FieldDescriptor>> byGroup = new LinkedHashMap<>();
        shown.forEach(f -> byGroup.computeIfAbsent(f.group() == null ? "other" : f.group(), g -> new ArrayList<>()).add(f));
        byGroup.forEach((group, members) -> {
            Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.TWISTIE | Section.EXPANDED);
            section.setText(EditorMessages.group(group));
            Composite client = toolkit.createComposite(section);
            GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(10, 6).applyTo(client);
            for (FieldDescriptor field : members) {
                widgets.add(new FieldWidget(client, toolkit, field, editor.draft(), editor::fieldChanged));
            }
            toolkit.paintBordersFor(client); // GTK draws no border round a form text by itself
            section.setClient(client);
        });
        getManagedForm().getForm().reflow(true);
        showViolations(editor.violations());
    }

    /** Marks each invalid field of this page with its reason, and sums them up in the form's heading. */
    void showViolations(List<Violation> violations) {
        if (getManagedForm() == null || body == null || body.isDisposed()) {
            return;
        }
        IMessageManager messages = getManagedForm().getMessageManager();
        messages.setAutoUpdate(false);
        messages.removeAllMessages();
        for (Violation violation : violations) {
            widgets.stream().filter(w -> w.field().name().equals(violation.field().name())).findFirst()
                    .ifPresent(w -> messages.addMessage(violation.field().name(), violation.message(java.util.Locale.getDefault()),
                            null, IMessageProvider.ERROR, w.control()));
        }
        messages.setAutoUpdate(true);
    }
}
