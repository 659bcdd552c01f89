package io.clientbench.ui.editors.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.FormDialog;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

import io.clientbench.core.forms.RecordDraft;
import io.clientbench.core.validation.RecordValidator;
import io.clientbench.core.validation.Violation;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;
import io.clientbench.ui.WidgetIds;
import io.clientbench.ui.editors.RecordForm;

/**
 * Adds or edits one record a customer owns, with a form generated from its entity's schema ({@link RecordForm}). Every
 * edit re-validates and marks the invalid fields; Save is refused while any is invalid, and a save that meets a newer
 * version of the record reports it and closes, so the page reloads the saved version.
 */
final class ChildRecordDialog extends FormDialog {

    private final EntitySchema entity;
    private final StoredRecord record;
    private final long customerId;
    private final String customerName;
    private final RecordRepository records;
    private final RecordDraft draft;
    private final Function<Map<String, Object>, String> preview;
    private RecordForm form;
    private ScrolledForm scrolled;
    private IMessageManager messages;
    private Label previewLabel;
    private StoredRecord saved;

    /**
     * @param record  the record to edit, or null for a new one of {@code customerId}
     * @param preview what the valid values so far amount to (a need's ICE score), shown under the form; or null
     */
    ChildRecordDialog(Shell shell, EntitySchema entity, StoredRecord record, long customerId, String customerName, RecordRepository records,
            Function<Map<String, Object>, String> preview) {
        super(shell);
        this.entity = entity;
        this.record = record;
        this.customerId = customerId;
        this.customerName = customerName;
        this.records = records;
        this.draft = new RecordDraft(entity, record == null ? Map.of() : record.values());
        this.preview = preview;
    }

    /** The record as stored by Save, or null when nothing was saved. */
    StoredRecord saved() {
        return saved;
    }

    private String title() {
        return NLS.bind(record == null ? ChildMessages.dialog_new : ChildMessages.dialog_edit, entity.label().text(), customerName);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title());
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        scrolled = managedForm.getForm();
        scrolled.setText(title());
        managedForm.getToolkit().decorateFormHeading(scrolled.getForm());
        messages = managedForm.getMessageManager();
        // one column: the groups of a child entity differ in length, and two columns left a tall empty one
        TableWrapLayout layout = new TableWrapLayout();
        layout.verticalSpacing = 8;
        scrolled.getBody().setLayout(layout);
        List<FieldDescriptor> fields = entity.fields().stream().filter(f -> f.kind().isValue() && !f.hidden()).toList();
        form = RecordForm.create(scrolled.getBody(), managedForm.getToolkit(), fields, draft, this::changed);
        for (Control section : scrolled.getBody().getChildren()) {
            section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        }
        if (preview != null) {
            previewLabel = managedForm.getToolkit().createLabel(scrolled.getBody(), "", SWT.WRAP);
            previewLabel.setData(WidgetIds.KEY, WidgetIds.CHILD_DIALOG_PREVIEW);
            previewLabel.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
            showPreview();
        }
    }

    private void showPreview() {
        if (previewLabel != null) {
            previewLabel.setText(preview.apply(draft.validate(customerName).values()));
            previewLabel.getParent().layout(true);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, ChildMessages.save, true).setData(WidgetIds.KEY, WidgetIds.CHILD_DIALOG_SAVE);
        createButton(parent, IDialogConstants.CANCEL_ID, ChildMessages.cancel, false);
    }

    @Override
    protected Point getInitialSize() {
        Point preferred = super.getInitialSize();
        Rectangle screen = getShell().getDisplay().getClientArea();
        // wide enough for long texts, never taller than the screen (the form scrolls then)
        return new Point(Math.min(Math.max(preferred.x, 720), screen.width - 40), Math.min(Math.max(preferred.y, 360), screen.height - 80));
    }

    /** After every edit: re-validate and re-mark (the refusal in the heading goes once the fields are fixed). */
    private void changed() {
        show(draft.validate(customerName).violations(), null);
        showPreview();
    }

    /** Marks the invalid fields, and says in the heading how many (or why the save was refused). */
    private void show(List<Violation> violations, String refusal) {
        messages.setAutoUpdate(false);
        messages.removeAllMessages();
        form.showViolations(messages, violations);
        messages.setAutoUpdate(true);
        // after the manager's update: its own summary ("2 errors detected") has no Chinese translation
        String heading = refusal != null ? refusal : violations.isEmpty() ? null : NLS.bind(ChildMessages.dialog_marks, violations.size());
        scrolled.getForm().setMessage(heading, heading == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
    }

    @Override
    protected void okPressed() {
        RecordValidator.Result result = draft.validate(customerName);
        if (!result.isValid()) {
            show(result.violations(), NLS.bind(ChildMessages.dialog_invalid, result.violations().size()));
            return;
        }
        if (!result.pending().isEmpty()) { // too long for the heading: a message box, as in the customer editor
            MessageDialog.openError(getShell(), title(), NLS.bind(ChildMessages.dialog_pending, String.join(", ", result.pending().keySet()
                    .stream().map(f -> entity.field(f).map(d -> d.label().text()).orElse(f)).toList())));
            return;
        }
        try {
            if (record == null) {
                Map<String, Object> values = new LinkedHashMap<>(result.values());
                values.put(RecordRepository.OWNER, customerId);
                saved = records.create(entity.name(), values);
            } else {
                Map<String, Object> changes = draft.changes(result);
                saved = changes.isEmpty() ? null : records.update(entity.name(), record.id(), record.version(), changes);
            }
            super.okPressed();
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.CONFLICT) {
                MessageDialog.openError(getShell(), title(), NLS.bind(ChildMessages.dialog_conflict, entity.label().text()));
                cancelPressed(); // the page reloads the saved version; editing it again starts from there
            } else {
                MessageDialog.openError(getShell(), title(), NLS.bind(ChildMessages.dialog_failed, e.getLocalizedMessage()));
            }
        }
    }
}
