package io.clientbench.visits.ui.internal;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.clientbench.core.forms.RecordDraft;
import io.clientbench.core.validation.RecordValidator;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.MergedSchema;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.RecordRepository.NewRecord;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;
import io.clientbench.ui.WidgetIds;
import io.clientbench.ui.editors.RecordForm;
import io.clientbench.visits.core.PlanItem;

/**
 * Records a visit from a plan line: method, person met, content, result, promised action and next date, in a form
 * generated from the Visit entity. OK writes the visit and the follow-up it makes in one transaction; invalid input is
 * named in the dialog, which stays open, and nothing is written.
 */
final class RecordVisitDialog extends TitleAreaDialog {

    private static final List<String> FIELDS = List.of("date", "method", "personMet", "content", "result", "promisedAction", "nextDate");

    private final EntitySchema visit;
    private final RecordRepository records;
    private final PlanItem line;
    private final RecordDraft draft;
    private List<StoredRecord> saved = List.of();
    private FormToolkit toolkit;

    RecordVisitDialog(Shell parent, MergedSchema schema, RecordRepository records, PlanItem line) {
        super(parent);
        this.visit = schema.entity("Visit").orElseThrow();
        this.records = records;
        this.line = line;
        String method = line.kind() == PlanItem.Kind.CONTACT ? "PHONE" : "ON_SITE";
        draft = new RecordDraft(visit, Map.of("date", LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), "method", method));
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(VisitMessages.record_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(VisitMessages.record_heading, line.customerName()));
        setMessage(VisitMessages.record_message);
        toolkit = new FormToolkit(parent.getDisplay());
        Composite body = toolkit.createComposite(area);
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, SWT.DEFAULT).applyTo(body);
        List<FieldDescriptor> fields = FIELDS.stream().map(name -> visit.field(name).orElseThrow()).toList();
        RecordForm.create(body, toolkit, fields, draft, () -> setErrorMessage(null));
        for (Control section : body.getChildren()) {
            GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
        }
        area.addDisposeListener(e -> toolkit.dispose());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true).setData(WidgetIds.KEY, WidgetIds.VISITS_DIALOG_OK);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        RecordValidator.Result result = draft.validate(line.customerName());
        if (!result.isValid()) {
            setErrorMessage(result.violations().get(0).message(Locale.getDefault()));
            return;
        }
        Map<String, Object> values = new HashMap<>(result.values());
        values.values().removeIf(java.util.Objects::isNull);
        values.put(RecordRepository.OWNER, line.customerId());
        Map<String, Object> followUp = new HashMap<>();
        followUp.put(RecordRepository.OWNER, line.customerId());
        copy(values, "date", followUp, "time");
        copy(values, "method", followUp, "method");
        copy(values, "personMet", followUp, "personContacted");
        copy(values, "content", followUp, "content");
        copy(values, "result", followUp, "result");
        copy(values, "promisedAction", followUp, "promisedAction");
        copy(values, "promisedAction", followUp, "nextStep");
        copy(values, "nextDate", followUp, "nextStepDate");
        try {
            saved = records.createTogether(List.of(new NewRecord("Visit", values), new NewRecord("FollowUp", followUp)));
            super.okPressed();
        } catch (StoreException e) {
            setErrorMessage(e.getLocalizedMessage());
        }
    }

    private static void copy(Map<String, Object> from, String key, Map<String, Object> to, String as) {
        if (from.get(key) != null) {
            to.put(as, from.get(key));
        }
    }

    /** The visit and the follow-up written (after OK). */
    List<StoredRecord> saved() {
        return saved;
    }
}
