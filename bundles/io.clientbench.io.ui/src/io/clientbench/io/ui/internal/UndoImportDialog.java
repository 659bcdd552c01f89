package io.clientbench.io.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.clientbench.model.MergedSchema;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.RecordRepository.ImportBatch;
import io.clientbench.store.StoreException;
import io.clientbench.ui.CustomerEvents;
import io.clientbench.ui.WidgetIds;

/**
 * File &gt; Undo Import: the imports the store remembers, newest first; the chosen one is undone as a whole in a job after
 * a confirmation. The store refuses when a record of it was edited since, and its localized reason is shown.
 */
final class UndoImportDialog extends TitleAreaDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final RecordRepository records;
    private final MergedSchema schema;
    private final IEventBroker events;
    private Table table;
    private List<ImportBatch> batches = List.of();

    UndoImportDialog(Shell parent, RecordRepository records, MergedSchema schema, IEventBroker events) {
        super(parent);
        this.records = records;
        this.schema = schema;
        this.events = events;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(IoUiMessages.undo_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(IoUiMessages.undo_title);
        setMessage(IoUiMessages.undo_message);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setData(WidgetIds.KEY, WidgetIds.UNDO_IMPORT_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] column : new String[][] { { IoUiMessages.undo_label, "200" }, { IoUiMessages.undo_time, "190" },
                { IoUiMessages.undo_entity, "90" }, { IoUiMessages.undo_created, "70" }, { IoUiMessages.undo_updated, "70" },
                { IoUiMessages.undo_state, "80" } }) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(700, 260).indent(8, 8).applyTo(table);
        table.addListener(SWT.Selection, e -> enable());
        table.addListener(SWT.DefaultSelection, e -> okPressed());
        load();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button undo = createButton(parent, IDialogConstants.OK_ID, IoUiMessages.undo_button, true);
        undo.setData(WidgetIds.KEY, WidgetIds.UNDO_IMPORT_OK);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        undo.setEnabled(false);
    }

    private void load() {
        setMessage(IoUiMessages.undo_loading);
        Display display = getShell().getDisplay();
        Job.create(IoUiMessages.undo_loading, monitor -> {
            try {
                List<ImportBatch> found = records.importBatches();
                display.asyncExec(() -> show(found, null));
            } catch (StoreException e) {
                display.asyncExec(() -> show(List.of(), e.getLocalizedMessage()));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void show(List<ImportBatch> found, String error) {
        if (table.isDisposed()) {
            return;
        }
        batches = found;
        table.removeAll();
        Locale locale = Locale.getDefault();
        for (ImportBatch batch : found) {
            String entity = schema.entity(batch.entity()).map(e -> e.label().text(locale)).orElse(batch.entity());
            new TableItem(table, SWT.NONE).setText(new String[] { batch.label(), TIME.withLocale(locale).format(batch.at()), entity,
                    Integer.toString(batch.created()), Integer.toString(batch.updated()), batch.undone() ? IoUiMessages.undo_undone : "" });
        }
        setMessage(IoUiMessages.undo_message);
        setErrorMessage(error);
        if (error == null && found.isEmpty()) {
            setMessage(IoUiMessages.undo_none);
        }
        enable();
    }

    private ImportBatch selected() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= batches.size() ? null : batches.get(index);
    }

    private void enable() {
        ImportBatch batch = selected();
        getButton(IDialogConstants.OK_ID).setEnabled(batch != null && !batch.undone());
    }

    @Override
    protected void okPressed() {
        ImportBatch batch = selected();
        if (batch == null || batch.undone() || !MessageDialog.openConfirm(getShell(), IoUiMessages.undo_title,
                IoUiMessages.format(IoUiMessages.undo_confirm, batch.label(), batch.created(), batch.updated()))) {
            return;
        }
        Shell parent = getParentShell();
        undo(batch, parent);
        super.okPressed();
    }

    /** Undoes in a job; the outcome, or the store's reason for refusing, is shown when it ends. */
    private void undo(ImportBatch batch, Shell parent) {
        Display display = parent.getDisplay();
        Job job = Job.create(IoUiMessages.format(IoUiMessages.undo_job, batch.label()), monitor -> {
            try {
                ImportBatch undone = records.undoImport(batch.id());
                events.post(CustomerEvents.IMPORTED, undone);
                display.asyncExec(() -> MessageDialog.openInformation(parent, IoUiMessages.undo_title,
                        IoUiMessages.format(IoUiMessages.undo_done, batch.label(), undone.created(), undone.updated())));
                return Status.OK_STATUS;
            } catch (StoreException e) {
                display.asyncExec(() -> MessageDialog.openError(parent, IoUiMessages.undo_title,
                        IoUiMessages.format(IoUiMessages.undo_failed, batch.label(), e.getLocalizedMessage())));
                return Status.info(e.getLocalizedMessage());
            }
        });
        job.setUser(true);
        job.schedule();
    }
}
