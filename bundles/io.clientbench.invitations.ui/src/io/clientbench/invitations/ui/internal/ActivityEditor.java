package io.clientbench.invitations.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.EditorPart;

import io.clientbench.core.forms.RecordDraft;
import io.clientbench.core.validation.RecordValidator;
import io.clientbench.invitations.core.Invitations;
import io.clientbench.invitations.ui.internal.ActivityData.Line;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;
import io.clientbench.ui.CustomerSelection;
import io.clientbench.ui.WidgetIds;
import io.clientbench.ui.editors.RecordForm;

/**
 * One activity: its details (saved with File > Save), its funnel and fit rate, and its invitation list, where results
 * are recorded cell by cell after the event. Invite… adds the navigator's selection, everything its filter shows, or
 * the activity's target segment. Loading runs in a job; each cell edit is validated and saved on its own.
 */
public class ActivityEditor extends EditorPart {

    /** The activity's own fields, in the order the form shows them (the invitation list is below). */
    static final List<String> FIELDS = List.of("name", "date", "place", "kind", Invitations.SEGMENT, "budget");

    private RecordRepository records;
    private SchemaRegistry schemas;
    private IEventBroker events;
    private long id;
    private int version;
    private RecordDraft draft;
    private FormToolkit toolkit;
    private ScrolledForm form;
    private Composite details;
    private FunnelPanel funnel;
    private InvitationTable table;
    private Label status;
    private Job load;
    private ActivityData data;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ActivityEditorInput activityInput)) {
            throw new PartInitException("Not an activity: " + input);
        }
        setSite(site);
        setInput(input);
        IEclipseContext context = site.getService(IEclipseContext.class);
        records = context.get(RecordRepository.class);
        schemas = context.get(SchemaRegistry.class);
        events = context.get(IEventBroker.class);
        id = activityInput.id();
        try {
            StoredRecord activity = records.find(Invitations.ACTIVITY, id).orElseThrow(() -> new PartInitException(InvitationMessages.activityGone));
            version = activity.version();
            draft = new RecordDraft(activityEntity(), activity.values());
        } catch (StoreException e) {
            throw new PartInitException(e.getLocalizedMessage(), e);
        }
        setPartName(input.getName());
    }

    private EntitySchema activityEntity() {
        return schemas.schema().entity(Invitations.ACTIVITY).orElseThrow();
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(getPartName());
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).spacing(12, 8).applyTo(body);

        details = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().applyTo(details);
        GridDataFactory.fillDefaults().hint(380, SWT.DEFAULT).applyTo(details);
        EntitySchema activity = activityEntity();
        List<FieldDescriptor> fields = FIELDS.stream().map(name -> activity.field(name).orElseThrow()).toList();
        RecordForm.create(details, toolkit, fields, draft, () -> firePropertyChange(PROP_DIRTY));
        for (var section : details.getChildren()) {
            GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        }

        Section funnelSection = toolkit.createSection(body, Section.TITLE_BAR);
        funnelSection.setText(InvitationMessages.funnel_section);
        Composite funnelClient = toolkit.createComposite(funnelSection);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(funnelClient);
        funnel = new FunnelPanel(funnelClient, toolkit);
        funnelSection.setClient(funnelClient);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(funnelSection);

        Section list = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        list.setText(InvitationMessages.list_section);
        list.setDescription(InvitationMessages.list_description);
        Composite listClient = toolkit.createComposite(list);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(8, 6).applyTo(listClient);
        Button invite = toolkit.createButton(listClient, InvitationMessages.action_invite, SWT.PUSH);
        invite.setData(WidgetIds.KEY, WidgetIds.ACTIVITY_INVITE);
        invite.addListener(SWT.Selection, e -> invite());
        status = toolkit.createLabel(listClient, InvitationMessages.loading);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        table = new InvitationTable(listClient, schemas.schema().entity(Invitations.INVITATION).orElseThrow(), this::saveCell);
        // a small width hint: the form must not widen to all columns (the table scrolls sideways itself)
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(400, 220).applyTo(table.control());
        list.setClient(listClient);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(list);
        toolkit.paintBordersFor(listClient);

        load = Job.create(InvitationMessages.loading, monitor -> {
            try {
                ActivityData loaded = ActivityData.load(records, schemas.schema().customer(), id, Locale.getDefault());
                parent.getDisplay().asyncExec(() -> show(loaded));
            } catch (StoreException e) {
                parent.getDisplay().asyncExec(() -> {
                    if (!status.isDisposed()) {
                        status.setText(NLS.bind(InvitationMessages.loadFailed, e.getLocalizedMessage()));
                    }
                });
                return Status.error(e.getLocalizedMessage(), e);
            }
            return Status.OK_STATUS;
        });
        load.schedule();
    }

    private void show(ActivityData loaded) {
        if (status.isDisposed()) {
            return;
        }
        data = loaded;
        table.show(loaded.lines());
        showFunnel();
    }

    private void showFunnel() {
        funnel.show(data.funnel());
        status.setText(NLS.bind(InvitationMessages.list_status, String.format("%,d", data.lines().size()),
                data.segment() == null ? "-" : String.format("%,d", data.segment().size())));
        form.reflow(true);
    }

    /** A cell of the list was edited: validate that one field, save it, and let the funnel follow. */
    private void saveCell(Line line, FieldDescriptor field, String input) {
        EntitySchema invitation = schemas.schema().entity(Invitations.INVITATION).orElseThrow();
        RecordValidator.Result result = new RecordValidator(invitation).validate(line.customer(), Map.of(field.name(), input));
        if (!result.isValid() || !result.pending().isEmpty()) {
            String reason = result.isValid() ? NLS.bind(InvitationMessages.pendingRefused, line.customer(), field.label().text())
                    : result.violations().get(0).message(Locale.getDefault());
            MessageDialog.openError(getSite().getShell(), InvitationMessages.cell_title, reason);
            return;
        }
        Map<String, Object> change = new HashMap<>();
        change.put(field.name(), result.values().get(field.name())); // null clears the cell
        try {
            StoredRecord saved = records.update(Invitations.INVITATION, line.invitation().id(), line.invitation().version(), change);
            data = data.with(saved);
            table.update(new Line(saved, line.customer()));
            showFunnel();
            events.post(InvitationEvents.SAVED, saved);
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), InvitationMessages.cell_title, e.getLocalizedMessage());
            load.schedule(); // someone else changed it: show what is stored now
        }
    }

    /** Invite…: adds customers to the list, from the navigator or the target segment, in one transaction. */
    private void invite() {
        if (data == null) {
            return;
        }
        IEclipseContext context = getSite().getWorkbenchWindow().getService(IEclipseContext.class);
        CustomerSelection navigator = context == null ? null : context.get(CustomerSelection.class);
        long[] segment = data.segment() == null ? null : data.segment().stream().mapToLong(Long::longValue).sorted().toArray();
        InviteDialog dialog = new InviteDialog(getSite().getShell(), getPartName(), navigator,
                (String) data.activity().values().get(Invitations.SEGMENT), segment, data.invitedCustomers());
        if (dialog.open() != InviteDialog.OK) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (long customer : dialog.customers()) {
            Map<String, Object> values = new HashMap<>();
            values.put(RecordRepository.OWNER, id);
            values.put(Invitations.CUSTOMER, customer);
            values.put(Invitations.INVITED, dialog.invitedNow());
            values.put(Invitations.STAGE, "BEFORE_EVENT");
            if (dialog.invitedNow()) {
                values.put(Invitations.PLANNED, LocalDate.now());
                values.put(Invitations.RESULT, "PENDING");
            }
            rows.add(values);
        }
        try {
            records.createAll(Invitations.INVITATION, rows);
            events.post(InvitationEvents.SAVED, Arrays.toString(dialog.customers()));
            load.schedule();
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), InvitationMessages.invite_title, e.getLocalizedMessage());
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        RecordValidator.Result result = draft.validate(getPartName());
        if (!result.isValid()) {
            MessageDialog.openError(getSite().getShell(), InvitationMessages.save_title, result.violations().get(0).message(Locale.getDefault()));
            monitor.setCanceled(true);
            return;
        }
        try {
            StoredRecord saved = records.update(Invitations.ACTIVITY, id, version, draft.changes(result));
            version = saved.version();
            draft = new RecordDraft(activityEntity(), saved.values());
            rebuildDetails();
            String name = (String) saved.values().get("name");
            setPartName(name);
            form.setText(name);
            firePropertyChange(PROP_DIRTY);
            events.post(InvitationEvents.SAVED, saved);
            load.schedule(); // the target segment may have changed: the fit rate follows
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), InvitationMessages.save_title, e.getLocalizedMessage());
            monitor.setCanceled(true);
        }
    }

    /** After a save the form edits the saved record (a fresh draft). */
    private void rebuildDetails() {
        for (var child : details.getChildren()) {
            child.dispose();
        }
        EntitySchema activity = activityEntity();
        RecordForm.create(details, toolkit, FIELDS.stream().map(name -> activity.field(name).orElseThrow()).toList(), draft,
                () -> firePropertyChange(PROP_DIRTY));
        for (var section : details.getChildren()) {
            GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        }
        form.reflow(true);
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return draft.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
