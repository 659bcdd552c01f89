package io.clientbench.analysis.ui.internal;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.clientbench.analysis.AnalysisDescriptor;
import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.report.GradeSnapshots;
import io.clientbench.model.EnumLiteral;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.OwnedRecords;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.ui.CustomerEvents;
import io.clientbench.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The installed analyses (the registry's, disabled ones too, greyed with their reason in the last column): what each
 * is, which customers it applies to, and below the table the selected one's whole description (and reason); Open (or a
 * double click, or Enter) opens its editor.
 * Reading descriptors is cheap (the registry read the extensions once), so no job is needed here.
 * <p>
 * Take Month-Start Snapshot (月初盘点) keeps every customer's grades of the current month as Grade records
 * ({@link GradeSnapshots}), which the grade-changes analysis compares month over month. It is an explicit action, not
 * taken automatically: the sheets grade at the start of the month first (the review rounds) and then take stock, so the
 * snapshot belongs after that grading, which only the user knows is done; taking the month again replaces that month
 * only, and the label says which month was taken last so that a forgotten month shows.
 */
public class AnalysesPart {

    private static final ILog LOG = ILog.of(AnalysesPart.class);

    @Inject
    private AnalysisRegistry registry;
    @Inject
    private SchemaRegistry schemas;
    @Inject
    private RecordRepository records;
    @Inject
    private OwnedRecords owned; // the store's service (not a decorator of the views' repository): writes the snapshot
    @Inject
    private IEventBroker events;

    private Table table;
    private Label details;
    private Button snapshot;
    private Label snapshotStatus;
    private List<AnalysisDescriptor> shown = List.of();

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).spacing(6, 6).applyTo(parent);
        Button open = new Button(parent, SWT.PUSH);
        open.setText(AnalysisUiMessages.action_open);
        open.setData(WidgetIds.KEY, WidgetIds.ANALYSES_OPEN);
        open.addListener(SWT.Selection, e -> openSelected());
        GridDataFactory.fillDefaults().applyTo(open); // as wide as the snapshot button below it
        Label status = new Label(parent, SWT.NONE);
        status.setData(WidgetIds.KEY, WidgetIds.ANALYSES_STATUS);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        snapshot = new Button(parent, SWT.PUSH);
        snapshot.setText(AnalysisUiMessages.snapshot_take);
        snapshot.setData(WidgetIds.KEY, "analyses.snapshot");
        snapshot.addListener(SWT.Selection, e -> takeSnapshot());
        snapshotStatus = new Label(parent, SWT.WRAP);
        snapshotStatus.setData(WidgetIds.KEY, "analyses.snapshot.status");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(snapshotStatus);
        showLatestSnapshot();

        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setData(WidgetIds.KEY, WidgetIds.ANALYSES_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String title : List.of(AnalysisUiMessages.column_analysis, AnalysisUiMessages.column_appliesTo, AnalysisUiMessages.column_state)) {
            new TableColumn(table, SWT.LEFT).setText(title);
        }
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        table.addListener(SWT.Selection, e -> showDetails());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table);
        // the selected analysis's whole description, or why it is disabled, wrapped: a table cell would cut it
        details = new Label(parent, SWT.WRAP);
        details.setData(WidgetIds.KEY, WidgetIds.ANALYSES_DETAILS);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(details);

        shown = registry.analyses();
        for (AnalysisDescriptor analysis : shown) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(analysis);
            item.setText(new String[] { analysis.label(), appliesTo(analysis),
                    analysis.enabled() ? AnalysisUiMessages.state_ready : NLS.bind(AnalysisUiMessages.disabled, analysis.status().reason()) });
            if (!analysis.enabled()) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
            column.setWidth(Math.min(column.getWidth() + 12, 420));
        }
        long disabled = shown.stream().filter(a -> !a.enabled()).count();
        status.setText(NLS.bind(AnalysisUiMessages.analyses_status, shown.size(), disabled));
    }

    private void showDetails() {
        int index = table.getSelectionIndex();
        AnalysisDescriptor analysis = index < 0 || index >= shown.size() ? null : shown.get(index);
        details.setText(analysis == null ? "" : analysis.enabled() ? analysis.description()
                : analysis.description() + "\n" + NLS.bind(AnalysisUiMessages.disabled, analysis.status().reason()));
        details.getParent().layout(true);
    }

    /** The industry sections by their labels in the schema (建筑业…), or "all customers". */
    private String appliesTo(AnalysisDescriptor analysis) {
        if (analysis.industry().isEmpty()) {
            return AnalysisUiMessages.appliesTo_all;
        }
        List<EnumLiteral> sections = schemas.schema().customer().field("industry").map(f -> f.literals()).orElse(List.of());
        return analysis.industry().stream().map(code -> sections.stream().filter(l -> l.name().equals(code)).findFirst()
                .map(l -> l.label().text()).orElse(code)).collect(Collectors.joining(", "));
    }

    private void openSelected() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= shown.size()) {
            return;
        }
        AnalysisDescriptor analysis = shown.get(index);
        try {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .openEditor(new AnalysisEditorInput(analysis.id(), analysis.label()), AnalysisEditorInput.EDITOR_ID);
        } catch (PartInitException e) {
            LOG.log(Status.error(e.getMessage(), e));
        }
    }

    /** Says which month was taken last, read in a job (a scan of the Grade records' months). */
    private void showLatestSnapshot() {
        var display = snapshotStatus.getDisplay();
        Job.create(AnalysisUiMessages.snapshot_reading, monitor -> {
            try {
                String text = GradeSnapshots.latest(records).map(month -> NLS.bind(AnalysisUiMessages.snapshot_latest, month))
                        .orElse(AnalysisUiMessages.snapshot_none);
                display.asyncExec(() -> showSnapshotStatus(text));
            } catch (StoreException e) {
                LOG.log(Status.error(e.getMessage(), e));
                display.asyncExec(() -> showSnapshotStatus(e.getLocalizedMessage()));
            }
        }).schedule();
    }

    private void takeSnapshot() {
        YearMonth month = YearMonth.now();
        if (!MessageDialog.openQuestion(snapshot.getShell(), AnalysisUiMessages.snapshot_title, NLS.bind(AnalysisUiMessages.snapshot_question, month))) {
            return;
        }
        snapshot.setEnabled(false);
        var display = snapshot.getDisplay();
        Job job = Job.create(AnalysisUiMessages.snapshot_title, monitor -> {
            try {
                GradeSnapshots.Taken taken = GradeSnapshots.take(records, owned, schemas.schema().customer(), month, LocalDateTime.now());
                events.post(CustomerEvents.TAGS_CHANGED, "snapshot"); // the analyses' dataset reads the new Grade records
                display.asyncExec(() -> showSnapshotStatus(NLS.bind(AnalysisUiMessages.snapshot_taken,
                        new Object[] { taken.month(), taken.grades(), taken.customers(), taken.replaced() })));
            } catch (StoreException e) {
                LOG.log(Status.error(e.getMessage(), e));
                display.asyncExec(() -> showSnapshotStatus(e.getLocalizedMessage()));
            }
        });
        job.setUser(true);
        job.schedule();
    }

    private void showSnapshotStatus(String text) {
        if (snapshotStatus.isDisposed()) {
            return;
        }
        snapshotStatus.setText(text);
        snapshot.setEnabled(true);
        snapshotStatus.getParent().layout(true);
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }
}
