package io.clientbench.visits.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.ui.CustomerEditorInput;
import io.clientbench.ui.CustomerEvents;
import io.clientbench.ui.WidgetIds;
import io.clientbench.visits.core.PlanItem;
import io.clientbench.visits.core.PlannedCustomer;
import io.clientbench.visits.core.VisitPlanner;
import io.clientbench.visits.core.export.ICalendarWriter;
import io.clientbench.visits.core.export.PlanLabels;
import io.clientbench.visits.core.export.PlanWorkbook;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The month's visit plan: what is due for whom, done or overdue, per rep or for everyone; record a visit from a line
 * (it makes the follow-up too and moves the plan); export the shown plan as XLSX or iCalendar. Loading and planning run
 * in a job; the table is virtual, so a whole branch's plan shows at once.
 */
public class VisitPlanPart {

    private static final ILog LOG = ILog.of(VisitPlanPart.class);

    @Inject
    private RecordRepository records;
    @Inject
    private SchemaRegistry schemas;
    @Inject
    private IEventBroker events;

    private final PlanLabels labels = new PlanLabels(Locale.getDefault());
    private Display display;
    private volatile YearMonth month = YearMonth.now();
    private Label monthLabel;
    private Combo owners;
    private Table table;
    private Label status;
    private Job job;
    private volatile List<PlannedCustomer> customers;
    private VisitPlanner.Plan plan;
    private List<PlanItem> shown = List.of();

    @PostConstruct
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        GridLayoutFactory.fillDefaults().numColumns(7).margins(6, 6).spacing(6, 6).applyTo(parent);
        button(parent, "\u25C0", WidgetIds.VISITS_PREVIOUS, () -> moveMonth(-1)).setToolTipText(VisitMessages.month_previous);
        monthLabel = new Label(parent, SWT.CENTER);
        monthLabel.setData(WidgetIds.KEY, WidgetIds.VISITS_MONTH);
        GridDataFactory.swtDefaults().hint(110, SWT.DEFAULT).applyTo(monthLabel);
        button(parent, "\u25B6", WidgetIds.VISITS_NEXT, () -> moveMonth(1)).setToolTipText(VisitMessages.month_next);
        owners = new Combo(parent, SWT.READ_ONLY);
        owners.setData(WidgetIds.KEY, WidgetIds.VISITS_OWNER);
        owners.add(VisitMessages.owner_all);
        owners.select(0);
        owners.addListener(SWT.Selection, e -> showPlan());
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(owners);
        button(parent, VisitMessages.action_record, WidgetIds.VISITS_RECORD, this::recordVisit);
        Button xlsx = button(parent, VisitMessages.action_exportXlsx, WidgetIds.VISITS_EXPORT_XLSX, () -> { });
        xlsx.addListener(SWT.Selection, e -> export("xlsx", xlsx));
        Button ics = button(parent, VisitMessages.action_exportIcs, WidgetIds.VISITS_EXPORT_ICS, () -> { });
        ics.addListener(SWT.Selection, e -> export("ics", ics));

        table = new Table(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setData(WidgetIds.KEY, WidgetIds.VISITS_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = { "column.date", "column.customer", "column.owner", "column.kind", "column.status", "column.doneOn", "column.reason" };
        int[] widths = { 100, 240, 90, 150, 100, 100, 320 };
        for (int c = 0; c < titles.length; c++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(labels.get(titles[c]));
            column.setWidth(widths[c]);
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item));
        table.addListener(SWT.DefaultSelection, e -> openCustomer());
        GridDataFactory.fillDefaults().span(7, 1).grab(true, true).applyTo(table);
        status = new Label(parent, SWT.NONE);
        status.setData(WidgetIds.KEY, WidgetIds.VISITS_STATUS);
        status.setText(VisitMessages.loading);
        GridDataFactory.fillDefaults().span(7, 1).grab(true, false).applyTo(status);
        monthLabel.setText(month.toString());
        job = Job.create(VisitMessages.loading, monitor -> {
            try {
                List<io.clientbench.visits.core.CadenceRule> rules = CadenceRulesPreferencePage.rulesInForce(); // edits apply at the next load
                customers = VisitData.load(records, rules);
                VisitPlanner planner = new VisitPlanner(rules);
                VisitPlanner.Plan made = planner.plan(month, LocalDate.now(), customers);
                display.asyncExec(() -> show(made));
            } catch (StoreException e) {
                LOG.log(Status.error(e.getMessage(), e));
                display.asyncExec(() -> status.setText(NLS.bind(VisitMessages.loadFailed, e.getLocalizedMessage())));
            }
        });
        job.schedule();
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private void moveMonth(int by) {
        month = month.plusMonths(by);
        monthLabel.setText(month.toString());
        job.schedule();
    }

    private void show(VisitPlanner.Plan made) {
        if (table.isDisposed()) {
            return;
        }
        plan = made;
        String chosen = owners.getText();
        TreeSet<String> names = new TreeSet<>();
        customers.forEach(c -> names.add(c.owner() == null ? "" : c.owner()));
        names.remove("");
        owners.setItems(VisitMessages.owner_all);
        names.forEach(owners::add);
        owners.select(Math.max(0, owners.indexOf(chosen)));
        showPlan();
    }

    /** The plan of the chosen rep (or everyone's), with its counts. */
    private void showPlan() {
        if (plan == null) {
            return;
        }
        String owner = owners.getSelectionIndex() <= 0 ? null : owners.getText();
        List<PlanItem> items = new ArrayList<>();
        for (PlanItem item : plan.items()) {
            if (owner == null || owner.equals(item.owner())) {
                items.add(item);
            }
        }
        shown = items;
        table.setItemCount(items.size());
        table.clearAll();
        long overdue = items.stream().filter(i -> i.status() == PlanItem.Status.OVERDUE).count();
        long notVisited = customers.stream().filter(c -> (owner == null || owner.equals(c.owner())) && plan.noOnSiteFor3Months().contains(c.id())).count();
        status.setText(NLS.bind(VisitMessages.status, new Object[] { String.format("%,d", items.size()), String.format("%,d", overdue),
                String.format("%,d", notVisited) }));
        status.getParent().layout(true);
    }

    private void fill(TableItem item) {
        int index = table.indexOf(item);
        if (index < 0 || index >= shown.size()) {
            return;
        }
        PlanItem line = shown.get(index);
        item.setText(new String[] { line.due().toString(), line.customerName(), Objects.toString(line.owner(), ""), labels.kind(line.kind()),
                labels.status(line.status()), line.doneOn() == null ? "" : line.doneOn().toString(), line.reason().text() });
        item.setForeground(switch (line.status()) {
            case OVERDUE -> display.getSystemColor(SWT.COLOR_DARK_RED);
            case DONE, DONE_LATE -> display.getSystemColor(SWT.COLOR_DARK_GRAY);
            default -> null;
        });
    }

    private PlanItem selected() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= shown.size() ? null : shown.get(index);
    }

    private void openCustomer() {
        PlanItem line = selected();
        if (line == null) {
            return;
        }
        try {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .openEditor(new CustomerEditorInput(line.customerId(), line.customerName()), CustomerEditorInput.EDITOR_ID);
        } catch (PartInitException e) {
            LOG.log(Status.error(e.getMessage(), e));
        }
    }

    private void recordVisit() {
        PlanItem line = selected();
        if (line == null) {
            MessageDialog.openInformation(table.getShell(), VisitMessages.record_title, VisitMessages.record_chooseLine);
            return;
        }
        RecordVisitDialog dialog = new RecordVisitDialog(table.getShell(), schemas.schema(), records, line);
        if (dialog.open() == RecordVisitDialog.OK) {
            dialog.saved().forEach(record -> events.post(CustomerEvents.CHILD_SAVED, CustomerEvents.childSaved(record, line.customerId())));
            job.schedule(); // the plan moves: the line is done, the next due date follows the visit
        }
    }

    /** @param button may name the file ({@link WidgetIds#EXPORT_PATH_KEY}): GTK's file chooser takes no test input */
    private void export(String kind, Button button) {
        String who = owners.getSelectionIndex() <= 0 ? VisitMessages.owner_all : owners.getText();
        String file = button.getData(WidgetIds.EXPORT_PATH_KEY) instanceof String preset ? preset : askFile(kind, who);
        if (file == null) {
            return;
        }
        try {
            if (kind.equals("xlsx")) {
                try (OutputStream out = Files.newOutputStream(Path.of(file))) {
                    PlanWorkbook.write(shown, who + " " + month, Locale.getDefault(), out);
                }
            } else {
                try (Writer out = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
                    ICalendarWriter.write(shown, who + " " + month, Locale.getDefault(), Instant.now(), out);
                }
            }
            status.setText(NLS.bind(VisitMessages.exported, file));
        } catch (IOException e) {
            MessageDialog.openError(table.getShell(), VisitMessages.export_title, NLS.bind(VisitMessages.export_failed, file, e.getLocalizedMessage()));
        }
    }

    private String askFile(String kind, String who) {
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setFileName(labels.get("sheet", who + " " + month).replace(' ', '-') + "." + kind);
        dialog.setFilterExtensions(new String[] { "*." + kind });
        dialog.setOverwrite(true);
        return dialog.open();
    }

    @Inject
    @Optional
    void childSaved(@UIEventTopic(CustomerEvents.CHILD_SAVED) Object record) {
        if (job != null) {
            job.schedule(150);
        }
    }

    /** Tags written back by an analysis: rules bound to a tag may now cover other customers. */
    @Inject
    @Optional
    void tagsChanged(@UIEventTopic(CustomerEvents.TAGS_CHANGED) Object analysisId) {
        if (job != null) {
            job.schedule(150);
        }
    }

    @Inject
    @Optional
    void customerSaved(@UIEventTopic(CustomerEvents.SAVED) Object record) {
        if (job != null) {
            job.schedule(150);
        }
    }

    @Inject
    @Optional
    void imported(@UIEventTopic(CustomerEvents.IMPORTED) Object batch) {
        if (job != null) {
            job.schedule(150); // imported contacts bring birthdays, customers their grades
        }
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }
}
