package io.clientbench.ui.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.PlatformUI;

import io.clientbench.core.forms.RecordDraft;
import io.clientbench.core.validation.Violation;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.privacy.Masker;
import io.clientbench.privacy.RoleSession;
import io.clientbench.ui.editors.internal.EditorMessages;
import io.clientbench.ui.editors.internal.FieldWidget;

/**
 * Renders fields of the merged schema as a form: a titled section per field group, a label and a widget per field
 * chosen by its kind, every edit written to a {@link RecordDraft}. The customer editor, the child-record dialogs and
 * the schema editor's preview all draw their forms with it, so a field looks the same everywhere.
 */
public final class RecordForm {

    private final List<FieldWidget> widgets = new ArrayList<>();

    private RecordForm() {
    }

    /**
     * Adds one section per group of {@code fields} (in their order) to {@code parent}.
     *
     * @param changed called after every edit, once the draft holds the new input
     */
    public static RecordForm create(Composite parent, FormToolkit toolkit, List<FieldDescriptor> fields, RecordDraft draft,
            Runnable changed) {
        RecordForm form = new RecordForm();
        RoleSession session = roleSession();
        Map<String, List<FieldDescriptor>> byGroup = new LinkedHashMap<>();
        fields.forEach(f -> byGroup.computeIfAbsent(f.group() == null ? "other" : f.group(), g -> new ArrayList<>()).add(f));
        byGroup.forEach((group, members) -> {
            Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.TWISTIE | Section.EXPANDED);
            section.setText(groupLabel(group));
            Composite client = toolkit.createComposite(section);
            GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(10, 6).applyTo(client);
            for (FieldDescriptor field : members) {
                // a free text holding a masked phone (Masker.scrub) is read-only too: saving it would write the stars
                // an empty masked field may be filled in (a new contact's phone); one with a value is shown masked
                String input = draft.input(field.name());
                boolean masked = session != null && (session.masks(field) && !input.isBlank()
                        || session.policy().masksPersonalData() && input.contains(Masker.MASK_MARK));
                if (masked) {
                    draft.lock(field.name()); // before the widget: its first text is the stored (masked) one
                }
                FieldWidget widget = new FieldWidget(client, toolkit, field, draft, changed);
                if (masked) {
                    readOnly(widget.control());
                }
                form.widgets.add(widget);
            }
            toolkit.paintBordersFor(client); // GTK draws no border round a form text by itself
            section.setClient(client);
        });
        return form;
    }

    /** The current role decides which fields are masked, and a masked field is read-only (PIPL). */
    private static RoleSession roleSession() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
        return context == null ? null : context.get(RoleSession.class);
    }

    private static void readOnly(org.eclipse.swt.widgets.Control control) {
        if (control instanceof org.eclipse.swt.widgets.Text text) {
            text.setEditable(false);
            text.setBackground(text.getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_WIDGET_BACKGROUND)); // looks read-only
        } else {
            control.setEnabled(false);
        }
        control.setToolTipText(EditorMessages.field_masked);
        control.setData(MASKED_KEY, Boolean.TRUE);
    }

    /** Set to {@code Boolean.TRUE} on the input of a field shown masked (read-only) to the current role. */
    public static final String MASKED_KEY = "io.clientbench.masked";

    /** A field group's heading: the known groups translated, an admin's own group by its name. */
    public static String groupLabel(String group) {
        return EditorMessages.group(group);
    }

    /** Marks each invalid field of this form with its reason through the form's message manager. */
    public void showViolations(IMessageManager messages, List<Violation> violations) {
        for (Violation violation : violations) {
            widgets.stream().filter(w -> w.field().name().equals(violation.field().name())).findFirst()
                    .ifPresent(w -> messages.addMessage(violation.field().name(), violation.message(Locale.getDefault()), null,
                            IMessageProvider.ERROR, w.control()));
        }
    }

    /** Shows a field's text from the draft again (after an undo or redo); false when the field is not on this form. */
    public boolean refresh(String field) {
        widgets.stream().filter(w -> w.field().name().equals(field)).forEach(FieldWidget::refresh);
        return control(field).isPresent();
    }

    /** The input of a field on this form, if it is here. */
    public java.util.Optional<org.eclipse.swt.widgets.Control> control(String field) {
        return widgets.stream().filter(w -> w.field().name().equals(field)).map(FieldWidget::control).findFirst();
    }

    /** Makes every input read-only (a preview); a masked field stays read-only. */
    public void setEditable(boolean editable) {
        for (FieldWidget widget : widgets) {
            org.eclipse.swt.widgets.Control control = widget.control();
            boolean maskedChoice = control.getData(MASKED_KEY) != null && !(control instanceof org.eclipse.swt.widgets.Text);
            control.setEnabled(editable && !maskedChoice); // a masked text stays enabled but not editable
        }
    }
}
