package io.clientbench.quality.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.clientbench.quality.QualityData;
import io.clientbench.store.RecordMerger;
import io.clientbench.store.RecordMerger.MergeEntry;
import io.clientbench.store.StoreException;
import io.clientbench.ui.CustomerEvents;
import io.clientbench.ui.WidgetIds;

/**
 * 合并记录: the merges the journal keeps, newest first (when, the merged customer, who was merged into it, how many
 * records moved, undone or not), and Undo Merge for the chosen one after a confirmation. The undo runs in a job; the
 * store refuses it whole when the merged customer or a moved record was changed since, and that reason is shown. The
 * dialog stays open and reads the journal again, so the user sees the merge marked undone.
 */
final class MergeHistoryDialog extends TitleAreaDialog {

    private static final int UNDO_ID = IDialogConstants.CLIENT_ID + 1;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final RecordMerger merger;
    private final IEventBroker events;
    private final Runnable afterUndo;
    private Table table;
    private List<MergeEntry> merges = List.of();
    private boolean busy;

    MergeHistoryDialog(Shell parent, RecordMerger merger, IEventBroker events, Runnable afterUndo) {
        super(parent);
        this.merger = merger;
        this.events = events;
        this.afterUndo = afterUndo;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(QualityUiMessages.history_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(QualityUiMessages.history_title);
        setMessage(QualityUiMessages.history_message);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setData(WidgetIds.KEY, WidgetIds.MERGE_HISTORY_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] column : new String[][] { { QualityUiMessages.history_when, "185" }, { QualityUiMessages.history_customer, "220" },
                { QualityUiMessages.history_mergedAway, "220" }, { QualityUiMessages.history_count, "70" },
                { QualityUiMessages.history_moved, "120" }, { QualityUiMessages.history_state, "80" } }) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(900, 280).indent(8, 8).applyTo(table);
        table.addListener(SWT.Selection, e -> {
            setErrorMessage(null); // a refusal's reason belongs to the merge chosen before
            enable();
        });
        table.addListener(SWT.DefaultSelection, e -> undoChosen());
        load(null);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button undo = createButton(parent, UNDO_ID, QualityUiMessages.history_undo, false);
        undo.setData(WidgetIds.KEY, WidgetIds.MERGE_HISTORY_UNDO);
        undo.setEnabled(false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == UNDO_ID) {
            undoChosen();
        } else if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Reads the journal in a job; {@code done} (a finished undo's message) is shown once the list is there. */
    private void load(String done) {
        setMessage(QualityUiMessages.history_loading);
        Display display = getShell().getDisplay();
        Job.create(QualityUiMessages.history_loading, monitor -> {
            try {
                List<MergeEntry> found = merger.merges();
                display.asyncExec(() -> show(found, done, null));
            } catch (StoreException e) {
                display.asyncExec(() -> show(List.of(), null, e.getLocalizedMessage()));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void show(List<MergeEntry> found, String done, String error) {
        if (table.isDisposed()) {
            return;
        }
        long chosen = selected() == null ? -1 : selected().id();
        merges = found;
        table.removeAll();
        Locale locale = Locale.getDefault();
        for (MergeEntry merge : found) {
            String away = merge.mergedIds().stream().map(id -> name(merge, id) + " #" + id).collect(Collectors.joining(", "));
            int moved = merge.moved().values().stream().mapToInt(List::size).sum();
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { TIME.withLocale(locale).format(merge.at()), merge.label() + "  #" + merge.survivorId(), away,
                    Integer.toString(merge.mergedIds().size()), Integer.toString(moved), merge.undone() ? QualityUiMessages.history_undone : "" });
            if (merge.id() == chosen) {
                table.setSelection(item);
            }
        }
        setMessage(done != null ? done : found.isEmpty() ? QualityUiMessages.history_none : QualityUiMessages.history_message);
        setErrorMessage(error);
        enable();
    }

    /** A merged-away customer's name as the journal kept it. */
    private static String name(MergeEntry merge, long id) {
        Map<String, Object> before = merge.before().get(id);
        Object name = before == null ? null : before.get(QualityData.NAME);
        return name == null ? "" : name.toString();
    }

    private MergeEntry selected() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= merges.size() ? null : merges.get(index);
    }

    private void enable() {
        MergeEntry merge = selected();
        getButton(UNDO_ID).setEnabled(!busy && merge != null && !merge.undone());
    }

    private void undoChosen() {
        MergeEntry merge = selected();
        if (busy || merge == null || merge.undone()) {
            return;
        }
        Set<Long> customers = new HashSet<>(merge.mergedIds());
        customers.add(merge.survivorId());
        for (IEditorReference reference : MergeWizard.groupEditors(customers)) {
            if (reference.isDirty()) { // unsaved input would be overwritten by the undo, or fail it later
                MessageDialog.openWarning(getShell(), QualityUiMessages.history_title,
                        NLS.bind(QualityUiMessages.wizard_unsaved, reference.getTitle()));
                return;
            }
        }
        if (!MessageDialog.openConfirm(getShell(), QualityUiMessages.history_title,
                NLS.bind(QualityUiMessages.history_confirm, merge.label(), merge.mergedIds().size()))) {
            return;
        }
        busy = true;
        enable();
        Display display = getShell().getDisplay();
        Job job = Job.create(NLS.bind(QualityUiMessages.history_job, merge.label()), monitor -> {
            try {
                MergeEntry undone = merger.undo(merge.id());
                display.asyncExec(() -> undone(undone, customers));
                return Status.OK_STATUS;
            } catch (StoreException e) {
                display.asyncExec(() -> refused(merge, e));
                return Status.info(e.getLocalizedMessage()); // shown in the dialog already
            }
        });
        job.setUser(true);
        job.schedule();
    }

    private void undone(MergeEntry undone, Set<Long> customers) {
        busy = false;
        // the merged customer's editor holds a version the undo moved past: closed (it was clean), reopened by the user
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        List<IEditorReference> stale = MergeWizard.groupEditors(customers);
        if (window != null && window.getActivePage() != null && !stale.isEmpty()) {
            window.getActivePage().closeEditors(stale.toArray(IEditorReference[]::new), false);
        }
        events.post(CustomerEvents.IMPORTED, undone); // customers back and records moved: views reload
        afterUndo.run();
        if (!table.isDisposed()) {
            load(NLS.bind(QualityUiMessages.history_done, undone.label(), undone.mergedIds().size()));
        }
    }

    private void refused(MergeEntry merge, StoreException e) {
        busy = false;
        // a refusal's reason names the merge and the record already; another failure gets the merge named around it
        String message = e.reason() == StoreException.Reason.CONFLICT ? e.getLocalizedMessage()
                : NLS.bind(QualityUiMessages.history_failed, merge.label(), e.getLocalizedMessage());
        Shell shell = table.isDisposed() ? getParentShell() : getShell();
        if (!table.isDisposed()) {
            setErrorMessage(message);
            enable();
        }
        MessageDialog.openError(shell, QualityUiMessages.history_title, message);
    }
}
