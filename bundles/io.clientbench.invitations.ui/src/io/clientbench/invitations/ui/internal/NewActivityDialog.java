package io.clientbench.invitations.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.clientbench.core.forms.RecordDraft;
import io.clientbench.core.validation.RecordValidator;
import io.clientbench.invitations.core.Invitations;
import io.clientbench.model.EntitySchema;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;
import io.clientbench.ui.WidgetIds;
import io.clientbench.ui.editors.RecordForm;

/**
 * A new activity: name, date, place, kind, target segment and budget, in a form generated from the Activity entity. The
 * target segment starts as the navigator's current filter, so "filter the navigator, then create the activity" saves
 * that filter with it. Invalid input is named in the dialog, which stays open; nothing is written.
 */
final class NewActivityDialog extends TitleAreaDialog {

    private final EntitySchema activity;
    private final RecordRepository records;
    private final RecordDraft draft;
    private FormToolkit toolkit;
    private StoredRecord created;

    NewActivityDialog(Shell parent, EntitySchema activity, RecordRepository records, String navigatorFilter) {
        super(parent);
        this.activity = activity;
        this.records = records;
        Map<String, Object> start = new HashMap<>();
        if (navigatorFilter != null && !navigatorFilter.isBlank()) {
            start.put(Invitations.SEGMENT, navigatorFilter.strip());
        }
        draft = new RecordDraft(activity, start);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(InvitationMessages.new_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(InvitationMessages.new_heading);
        setMessage(InvitationMessages.new_message);
        toolkit = new FormToolkit(parent.getDisplay());
        Composite body = toolkit.createComposite(area);
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, SWT.DEFAULT).applyTo(body);
        RecordForm.create(body, toolkit, ActivityEditor.FIELDS.stream().map(name -> activity.field(name).orElseThrow()).toList(), draft,
                () -> setErrorMessage(null));
        for (Control section : body.getChildren()) {
            GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
        }
        area.addDisposeListener(e -> toolkit.dispose());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true).setData(WidgetIds.KEY, WidgetIds.ACTIVITY_DIALOG_OK);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        RecordValidator.Result result = draft.validate(draft.input("name").isBlank() ? InvitationMessages.new_unnamed : draft.input("name"));
        if (!result.isValid()) {
            setErrorMessage(result.violations().get(0).message(Locale.getDefault()));
            return;
        }
        Map<String, Object> values = new HashMap<>(result.values());
        values.values().removeIf(Objects::isNull);
        try {
            created = records.create(Invitations.ACTIVITY, values);
            super.okPressed();
        } catch (StoreException e) {
            setErrorMessage(e.getLocalizedMessage());
        }
    }

    /** The activity written (after OK). */
    StoredRecord created() {
        return created;
    }
}
