package io.clientbench.invitations.ui.internal;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.clientbench.core.navigator.ValueText;
import io.clientbench.invitations.core.Funnel;
import io.clientbench.invitations.core.Invitations;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;
import io.clientbench.ui.CustomerEvents;
import io.clientbench.ui.CustomerSelection;
import io.clientbench.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The branch's activities, newest first, each with its funnel figures and fit rate; New Activity… (its target segment
 * starts as the navigator's filter) and Open (or a double-click) into the activity editor. Loads in a job.
 */
public class ActivitiesPart {

    private static final ILog LOG = ILog.of(ActivitiesPart.class);
    private static final List<String> DETAILS = List.of("name", "date", "place", "kind", "budget");

    @Inject
    private RecordRepository records;
    @Inject
    private SchemaRegistry schemas;
    @Inject
    @Optional
    private CustomerSelection navigator;

    private Display display;
    private Table table;
    private Label status;
    private Job job;
    private List<ActivityData.Summary> shown = List.of();

    @PostConstruct
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).spacing(6, 6).applyTo(parent);
        button(parent, InvitationMessages.action_new, WidgetIds.ACTIVITIES_NEW, this::newActivity);
        button(parent, InvitationMessages.action_open, WidgetIds.ACTIVITIES_OPEN, this::openSelected);
        status = new Label(parent, SWT.NONE);
        status.setData(WidgetIds.KEY, WidgetIds.ACTIVITIES_STATUS);
        status.setText(InvitationMessages.loading);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);

        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setData(WidgetIds.KEY, WidgetIds.ACTIVITIES_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        EntitySchema activity = schemas.schema().entity(Invitations.ACTIVITY).orElseThrow();
        for (String field : DETAILS) {
            column(activity.field(field).map(f -> f.label().text()).orElse(field), "name".equals(field) ? 220 : 100, SWT.LEFT);
        }
        for (String title : List.of(InvitationMessages.stage_invited, InvitationMessages.stage_accepted, InvitationMessages.stage_attended,
                InvitationMessages.stage_deal, InvitationMessages.column_dealAmount, InvitationMessages.column_fitRate)) {
            column(title, 80, SWT.RIGHT);
        }
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(table);

        job = Job.create(InvitationMessages.loading, monitor -> {
            try {
                List<ActivityData.Summary> loaded = ActivityData.loadAll(records, schemas.schema().customer(), Locale.getDefault());
                display.asyncExec(() -> show(loaded));
            } catch (StoreException e) {
                LOG.log(Status.error(e.getMessage(), e));
                display.asyncExec(() -> status.setText(NLS.bind(InvitationMessages.loadFailed, e.getLocalizedMessage())));
            }
        });
        job.schedule();
    }

    private void column(String title, int width, int style) {
        TableColumn column = new TableColumn(table, style);
        column.setText(title);
        column.pack();
        column.setWidth(Math.max(width, column.getWidth() + 12));
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private void show(List<ActivityData.Summary> loaded) {
        if (table.isDisposed()) {
            return;
        }
        shown = loaded;
        table.removeAll();
        EntitySchema activity = schemas.schema().entity(Invitations.ACTIVITY).orElseThrow();
        Locale locale = Locale.getDefault();
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        for (ActivityData.Summary summary : loaded) {
            TableItem item = new TableItem(table, SWT.NONE);
            String[] texts = new String[DETAILS.size() + 6];
            for (int i = 0; i < DETAILS.size(); i++) {
                String field = DETAILS.get(i);
                texts[i] = activity.field(field).map(f -> ValueText.of(f, summary.activity().values().get(field), locale)).orElse("");
            }
            Funnel funnel = summary.funnel();
            texts[DETAILS.size()] = Integer.toString(funnel.invited());
            texts[DETAILS.size() + 1] = Integer.toString(funnel.accepted());
            texts[DETAILS.size() + 2] = Integer.toString(funnel.attended());
            texts[DETAILS.size() + 3] = Integer.toString(funnel.deals());
            texts[DETAILS.size() + 4] = NumberFormat.getNumberInstance(locale).format(funnel.dealAmount());
            texts[DETAILS.size() + 5] = Double.isNaN(funnel.fitRate()) ? "-" : percent.format(funnel.fitRate());
            item.setText(texts);
            if (!Double.isNaN(funnel.fitRate()) && !funnel.meetsFitTarget()) {
                item.setForeground(DETAILS.size() + 5, display.getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        status.setText(NLS.bind(InvitationMessages.activities_status, loaded.size()));
        status.getParent().layout(true);
    }

    private void newActivity() {
        String filter = navigator == null ? null : navigator.filter();
        NewActivityDialog dialog = new NewActivityDialog(table.getShell(), schemas.schema().entity(Invitations.ACTIVITY).orElseThrow(), records, filter);
        if (dialog.open() == NewActivityDialog.OK) {
            open(dialog.created());
            job.schedule();
        }
    }

    private void openSelected() {
        int index = table.getSelectionIndex();
        if (index >= 0 && index < shown.size()) {
            open(shown.get(index).activity());
        }
    }

    private void open(StoredRecord activity) {
        try {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .openEditor(new ActivityEditorInput(activity.id(), (String) activity.values().get("name")), ActivityEditorInput.EDITOR_ID);
        } catch (PartInitException e) {
            LOG.log(Status.error(e.getMessage(), e));
        }
    }

    @Inject
    @Optional
    void invitationsSaved(@UIEventTopic(InvitationEvents.SAVED) Object saved) {
        if (job != null) {
            job.schedule(150);
        }
    }

    @Inject
    @Optional
    void customerSaved(@UIEventTopic(CustomerEvents.SAVED) Object record) {
        if (job != null) {
            job.schedule(150); // a customer may have moved into or out of a target segment
        }
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }
}
