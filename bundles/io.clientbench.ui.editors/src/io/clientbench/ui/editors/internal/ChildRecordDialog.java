package io.clientbench.ui.editors.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.FormDialog;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.ColumnLayout;
import org.eclipse.ui.forms.widgets.ScrolledForm;

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

    private static final String SUMMARY = "summary"; // the message manager key of the heading's refusal

    private final EntitySchema entity;
    private final StoredRecord record;
    private final long customerId;
    private final String customerName;
    private final RecordRepository records;
    private final RecordDraft draft;
    private RecordForm form;
    private IMessageManager messages;
    private StoredRecord saved;

    /** @param record the record to edit, or null for a new one of {@code customerId} */
    ChildRecordDialog(Shell shell, EntitySchema entity, StoredRecord record, long customerId, String customerName, RecordRepository records) {
        super(shell);
        this.entity = entity;
        this.record = record;
        this.customerId = customerId;
        this.customerName = customerName;
        this.records = records;
        this.draft = new RecordDraft(entity, record == null ? Map.of() : record.values());
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
        ScrolledForm scrolled = managedForm.getForm();
        scrolled.setText(title());
        managedForm.getToolkit().decorateFormHeading(scrolled.getForm());
        messages = managedForm.getMessageManager();
        ColumnLayout layout = new ColumnLayout();
        layout.minNumColumns = 1;
        layout.maxNumColumns = 2;
        scrolled.getBody().setLayout(layout);
        List<FieldDescriptor> fields = entity.fields().stream().filter(f -> f.kind().isValue() && !f.hidden()).toList();
        form = RecordForm.create(scrolled.getBody(), managedForm.getToolkit(), fields, draft, this::changed);
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
        // wide enough for two columns of sections, never taller than the screen (the form scrolls)
        return new Point(Math.min(Math.max(preferred.x, 860), screen.width - 40), Math.min(Math.max(preferred.y, 480), screen.height - 80));
    }

    /** After every edit: re-validate and re-mark (the refusal in the heading goes once the fields are fixed). */
    private void changed() {
        show(draft.validate(customerName).violations(), null);
    }

    private void show(List<Violation> violations, String summary) {
        messages.setAutoUpdate(false);
        messages.removeAllMessages();
        form.showViolations(messages, violations);
        if (summary != null) {
            messages.addMessage(SUMMARY, summary, null, IMessageProvider.ERROR);
        }
        messages.setAutoUpdate(true);
    }

    @Override
    protected void okPressed() {
        RecordValidator.Result result = draft.validate(customerName);
        if (!result.isValid()) {
            show(result.violations(), NLS.bind(ChildMessages.dialog_invalid, result.violations().size()));
            return;
        }
        if (!result.pending().isEmpty()) {
            show(List.of(), NLS.bind(ChildMessages.dialog_pending, String.join(", ", result.pending().keySet().stream()
                    .map(f -> entity.field(f).map(d -> d.label().text()).orElse(f)).toList())));
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
