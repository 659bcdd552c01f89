package io.clientbench.quality.ui.internal;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.clientbench.model.SchemaRegistry;
import io.clientbench.quality.DuplicateScan;
import io.clientbench.quality.QualityChecks;
import io.clientbench.quality.QualityChecks.Finding;
import io.clientbench.quality.QualityChecks.Kind;
import io.clientbench.quality.QualityData;
import io.clientbench.quality.QualityMessages;
import io.clientbench.store.RecordMerger;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.ui.CustomerEditorInput;
import io.clientbench.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * 数据质量: probable duplicate customers as groups (score and reasons per group, the customers under it) with Merge…,
 * and every customer's findings (completeness, 待确认/待补充, out of date, changes not synced, cross-field) with counts
 * per kind. The check runs in a cancellable user job over one store scan per entity; a double click or Enter opens the
 * customer (on a group: the merge wizard). Checked on Scan, and again after a merge or its undo (Merge History…).
 */
public class DataQualityPart {

    public static final String ID = "io.clientbench.quality.ui.dataQuality";
    private static final ILog LOG = ILog.of(DataQualityPart.class);

    /** What one check found. */
    record Result(QualityData data, List<DuplicateScan.Group> groups, List<Finding> findings, Map<Kind, Integer> counts) {
    }

    /** What views read: in the workbench's context, masked for the user's role. Shown texts come from it. */
    @Inject
    private RecordRepository records;
    private RecordRepository storeRecords;
    @Inject
    private RecordMerger merger;
    @Inject
    private SchemaRegistry schemas;
    @Inject
    private IEventBroker events;

    private Display display;
    private Button scan;
    private Label status;
    private Tree groups;
    private Button merge;
    private Label counts;
    private TabFolder tabs;
    private TabItem duplicatesTab;
    private TabItem findingsTab;
    private Table findings;
    private Job job;
    private volatile Result result;

    @PostConstruct
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).numColumns(2).applyTo(parent);
        scan = new Button(parent, SWT.PUSH);
        scan.setText(QualityUiMessages.scan);
        scan.setData(WidgetIds.KEY, WidgetIds.QUALITY_SCAN);
        scan.addListener(SWT.Selection, e -> rescan());
        status = new Label(parent, SWT.NONE);
        status.setData(WidgetIds.KEY, WidgetIds.QUALITY_STATUS);
        status.setText(QualityUiMessages.notScanned);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);

        // tabs rather than a split: the view sits in the navigator's stack, and each list needs the height
        tabs = new TabFolder(parent, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(tabs);
        duplicatesTab = new TabItem(tabs, SWT.NONE);
        duplicatesTab.setText(QualityUiMessages.duplicates);
        duplicatesTab.setControl(createGroups(tabs));
        findingsTab = new TabItem(tabs, SWT.NONE);
        findingsTab.setText(QualityUiMessages.findings);
        findingsTab.setControl(createFindings(tabs));

        // not checked on opening: the view opens with the perspective, and a check reads every customer, contact,
        // follow-up and deal — the user starts it
        job = Job.create(QualityUiMessages.scanJob, this::run);
        job.setUser(true);
    }

    private Composite createGroups(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(2).applyTo(box);
        groups = new Tree(box, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        groups.setData(WidgetIds.KEY, WidgetIds.QUALITY_GROUPS);
        groups.setHeaderVisible(true);
        groups.setLinesVisible(true);
        column(groups, QualityUiMessages.column_customer, 380);
        column(groups, QualityUiMessages.column_score, 70);
        column(groups, QualityUiMessages.column_reasons, 360);
        groups.addListener(SWT.SetData, e -> fillGroup((TreeItem) e.item));
        groups.addListener(SWT.Selection, e -> merge.setEnabled(selectedGroup() != null));
        groups.addListener(SWT.DefaultSelection, e -> {
            TreeItem item = (TreeItem) e.item;
            if (item != null && item.getParentItem() == null) {
                openMergeWizard();
            } else if (item != null && item.getData() instanceof Long id) {
                open(id);
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(groups);
        merge = new Button(box, SWT.PUSH);
        merge.setText(QualityUiMessages.merge);
        merge.setData(WidgetIds.KEY, WidgetIds.QUALITY_MERGE);
        merge.setEnabled(false);
        merge.addListener(SWT.Selection, e -> openMergeWizard());
        Button history = new Button(box, SWT.PUSH);
        history.setText(QualityUiMessages.history);
        history.setData(WidgetIds.KEY, WidgetIds.QUALITY_HISTORY);
        history.addListener(SWT.Selection, e -> new MergeHistoryDialog(groups.getShell(), merger, events, this::rescan).open());
        return box;
    }

    private Composite createFindings(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(box);
        counts = new Label(box, SWT.NONE);
        counts.setData(WidgetIds.KEY, WidgetIds.QUALITY_COUNTS);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
        findings = new Table(box, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        findings.setData(WidgetIds.KEY, WidgetIds.QUALITY_FINDINGS);
        findings.setHeaderVisible(true);
        findings.setLinesVisible(true);
        for (String[] c : new String[][] { { QualityUiMessages.column_customer, "220" }, { QualityUiMessages.column_problem, "150" },
                { QualityUiMessages.column_message, "520" } }) {
            TableColumn column = new TableColumn(findings, SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        findings.addListener(SWT.SetData, e -> fillFinding((TableItem) e.item));
        findings.addListener(SWT.DefaultSelection, e -> {
            Result shown = result;
            int index = findings.getSelectionIndex();
            if (shown != null && index >= 0 && index < shown.findings().size()) {
                open(shown.findings().get(index).customerId());
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(findings);
        return box;
    }

    private static void column(Tree tree, String title, int width) {
        TreeColumn column = new TreeColumn(tree, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    private IStatus run(IProgressMonitor monitor) {
        long start = System.nanoTime();
        monitor.beginTask(QualityUiMessages.scanning, 10);
        try {
            // the scan compares real phone numbers: the store's own service, not the (masking) one views read through
            QualityData data = QualityData.load(storeRepository(), records, schemas.schema());
            monitor.worked(3);
            List<DuplicateScan.Group> found = DuplicateScan.scan(data.candidates(), QualityPreferences.duplicates(), new DuplicateScan.Progress() {
                @Override
                public void step(int step, int steps) {
                    monitor.worked(1);
                }

                @Override
                public boolean isCanceled() {
                    return monitor.isCanceled();
                }
            });
            List<Finding> problems = new QualityChecks(data, QualityPreferences.checks(), LocalDateTime.now()).run();
            Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                perKind.put(kind, 0);
            }
            problems.forEach(f -> perKind.merge(f.kind(), 1, Integer::sum));
            Result done = new Result(data, found, problems, perKind);
            String seconds = String.format("%.1f", (System.nanoTime() - start) / 1e9);
            showAsync(() -> show(done, seconds));
            return Status.OK_STATUS;
        } catch (DuplicateScan.CanceledException e) {
            showAsync(() -> status.setText(QualityUiMessages.scanCanceled));
            return Status.CANCEL_STATUS;
        } catch (StoreException e) {
            LOG.log(Status.error(e.getMessage(), e)); // and in the view's status line, where the user looks
            showAsync(() -> status.setText(NLS.bind(QualityUiMessages.scanFailed, e.getLocalizedMessage())));
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    private void showAsync(Runnable update) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!status.isDisposed()) {
                    update.run();
                }
            });
        }
    }

    private void show(Result done, String seconds) {
        result = done;
        groups.setItemCount(0); // drop the old groups' children too
        groups.setItemCount(done.groups().size());
        groups.clearAll(true);
        findings.setItemCount(done.findings().size());
        findings.clearAll();
        merge.setEnabled(false);
        status.setText(NLS.bind(QualityUiMessages.scanDone, new Object[] { String.format("%,d", done.data().customers().size()),
                String.format("%,d", done.groups().size()), String.format("%,d", done.findings().size()), seconds }));
        duplicatesTab.setText(NLS.bind(QualityUiMessages.tabCount, QualityUiMessages.duplicates, String.format("%,d", done.groups().size())));
        findingsTab.setText(NLS.bind(QualityUiMessages.tabCount, QualityUiMessages.findings, String.format("%,d", done.findings().size())));
        Map<Kind, Integer> c = done.counts();
        counts.setText(NLS.bind(QualityUiMessages.counts, new Object[] { c.get(Kind.INCOMPLETE), c.get(Kind.PENDING), c.get(Kind.STALE),
                c.get(Kind.MAJOR_CHANGE_NOT_SYNCED), c.get(Kind.CROSS_FIELD) }));
        status.getParent().layout(true, true);
    }

    private void fillGroup(TreeItem item) {
        Result shown = result;
        if (shown == null) {
            return;
        }
        TreeItem parentItem = item.getParentItem();
        if (parentItem == null) {
            int index = groups.indexOf(item);
            if (index < 0 || index >= shown.groups().size()) {
                return;
            }
            DuplicateScan.Group group = shown.groups().get(index);
            item.setData(group);
            Set<String> reasons = new LinkedHashSet<>();
            group.links().forEach(link -> reasons.add(QualityMessages.reasons(link, shownPhone(shown, group, link.phone()))));
            item.setText(new String[] { NLS.bind(QualityUiMessages.group, group.ids().size(), name(shown, group.ids().get(0))),
                    String.format("%.2f", group.score()), String.join("; ", reasons) });
            item.setItemCount(group.ids().size());
        } else if (parentItem.getData() instanceof DuplicateScan.Group group) {
            int index = parentItem.indexOf(item);
            long id = group.ids().get(index);
            item.setData(id);
            List<String> phones = shown.data().contacts(id).stream().map(shown.data()::shown)
                    .flatMap(c -> java.util.stream.Stream.of(c.mobile(), c.officePhone())).filter(p -> p != null).toList();
            item.setText(new String[] { name(shown, id) + "  #" + id, "", String.join(", ", phones) });
        }
    }

    private void fillFinding(TableItem item) {
        Result shown = result;
        int index = findings.indexOf(item);
        if (shown != null && index >= 0 && index < shown.findings().size()) {
            Finding finding = shown.findings().get(index);
            item.setText(new String[] { finding.customer(), kindLabel(finding.kind()), finding.message() });
        }
    }

    /** A shared phone as the user may see it: the shown text of a group member's contact number that normalizes to it. */
    private static String shownPhone(Result shown, DuplicateScan.Group group, String canonical) {
        if (canonical == null) {
            return null;
        }
        for (long id : group.ids()) {
            for (QualityData.ContactRow contact : shown.data().contacts(id)) {
                QualityData.ContactRow visible = shown.data().shown(contact);
                if (canonical.equals(io.clientbench.quality.PhoneNumbers.normalize(contact.mobile()))) {
                    return visible.mobile();
                }
                if (canonical.equals(io.clientbench.quality.PhoneNumbers.normalize(contact.officePhone()))) {
                    return visible.officePhone();
                }
            }
        }
        return null;
    }

    /** The store's own repository service (raw values), for the scan and the merge. */
    private RecordRepository storeRepository() {
        if (storeRecords != null) {
            return storeRecords;
        }
        org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(DataQualityPart.class).getBundleContext();
        org.osgi.framework.ServiceReference<RecordRepository> reference = context.getServiceReference(RecordRepository.class);
        storeRecords = reference == null ? null : context.getService(reference);
        return storeRecords != null ? storeRecords : records;
    }

    static String kindLabel(Kind kind) {
        return switch (kind) {
            case INCOMPLETE -> QualityUiMessages.kind_INCOMPLETE;
            case PENDING -> QualityUiMessages.kind_PENDING;
            case STALE -> QualityUiMessages.kind_STALE;
            case MAJOR_CHANGE_NOT_SYNCED -> QualityUiMessages.kind_MAJOR_CHANGE_NOT_SYNCED;
            case CROSS_FIELD -> QualityUiMessages.kind_CROSS_FIELD;
        };
    }

    private static String name(Result shown, long id) {
        QualityData.CustomerRow row = shown.data().customers().get(id);
        return row == null ? "#" + id : row.name();
    }

    private DuplicateScan.Group selectedGroup() {
        TreeItem[] selection = groups.getSelection();
        if (selection.length == 0) {
            return null;
        }
        TreeItem item = selection[0].getParentItem() != null ? selection[0].getParentItem() : selection[0];
        return item.getData() instanceof DuplicateScan.Group group ? group : null;
    }

    private void openMergeWizard() {
        DuplicateScan.Group group = selectedGroup();
        if (group == null) {
            return;
        }
        MergeWizard wizard = MergeWizard.load(storeRepository(), merger, schemas.schema(), group.ids(), events, this::rescan, groups.getShell());
        if (wizard != null) {
            new MergeWizardDialog(groups.getShell(), wizard).open();
        }
    }

    private void open(long customerId) {
        Result shown = result;
        try {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .openEditor(new CustomerEditorInput(customerId, shown == null ? "#" + customerId : name(shown, customerId)),
                            CustomerEditorInput.EDITOR_ID);
        } catch (PartInitException e) {
            LOG.log(Status.error(e.getMessage(), e));
        }
    }

    /** Checks again (a running check runs once more after it ends). */
    void rescan() {
        if (job != null && !status.isDisposed()) {
            status.setText(QualityUiMessages.scanning);
            job.schedule();
        }
    }

    @Focus
    public void setFocus() {
        groups.setFocus();
    }

    @PreDestroy
    void dispose() {
        if (job != null) {
            job.cancel();
        }
    }

    /** The wizard dialog with ids on its buttons, for tests and accessibility tools. */
    static final class MergeWizardDialog extends WizardDialog {
        MergeWizardDialog(org.eclipse.swt.widgets.Shell parent, MergeWizard wizard) {
            super(parent, wizard);
            setPageSize(720, 380);
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            super.createButtonsForButtonBar(parent);
            getButton(org.eclipse.jface.dialogs.IDialogConstants.NEXT_ID).setData(WidgetIds.KEY, WidgetIds.MERGE_NEXT);
            getButton(org.eclipse.jface.dialogs.IDialogConstants.FINISH_ID).setData(WidgetIds.KEY, WidgetIds.MERGE_FINISH);
        }
    }
}
