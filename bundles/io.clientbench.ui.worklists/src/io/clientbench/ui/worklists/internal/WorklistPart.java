package io.clientbench.ui.worklists.internal;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.ui.CustomerEditorInput;
import io.clientbench.ui.CustomerEvents;
import io.clientbench.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * A work list view: a virtual table of entries computed in core from store scans, loaded in a job (never on the UI
 * thread) and again whenever a customer or one of its records is saved; a double click opens the entry's customer.
 *
 * @param <E> one line of the list
 */
abstract class WorklistPart<E> {

    private static final ILog LOG = ILog.of(WorklistPart.class);
    /** Saves come in bursts (a dialog's save, then the editor's): one reload after the last of them. */
    private static final long RELOAD_DELAY_MS = 150;

    /** A column: its title and its width in average characters. */
    record Column(String title, int chars) {
    }

    @Inject
    private RecordRepository records;
    @Inject
    private SchemaRegistry schemas;

    private Display display;
    private Table table;
    private Label status;
    private Job job;
    private volatile List<E> entries = List.of();

    abstract String tableId();

    abstract String statusId();

    abstract List<Column> columns(MergedSchema schema);

    /** Computes the list (off the UI thread). */
    abstract List<E> load(RecordRepository repository, MergedSchema schema) throws StoreException;

    abstract String[] texts(E entry, MergedSchema schema);

    /** Highlights an entry that needs attention (overdue, high priority). */
    abstract void style(TableItem item, E entry);

    abstract String statusText(List<E> shown);

    abstract long customerId(E entry);

    abstract String customerName(E entry);

    @PostConstruct
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);
        table = new Table(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setData(WidgetIds.KEY, tableId());
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GC gc = new GC(table);
        try {
            double average = gc.getFontMetrics().getAverageCharacterWidth();
            for (Column column : columns(schemas.schema())) {
                TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
                tableColumn.setText(column.title());
                tableColumn.setWidth((int) Math.max(gc.textExtent(column.title()).x + 28, column.chars() * average));
            }
        } finally {
            gc.dispose();
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item));
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);

        status = new Label(parent, SWT.NONE);
        status.setData(WidgetIds.KEY, statusId());
        status.setText(WorklistMessages.loading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        job = Job.create(WorklistMessages.loading, this::run);
        job.schedule();
    }

    private IStatus run(IProgressMonitor monitor) {
        try {
            MergedSchema schema = schemas.schema();
            List<E> loaded = load(records, schema);
            if (!display.isDisposed()) {
                display.asyncExec(() -> show(loaded));
            }
        } catch (StoreException e) {
            LOG.log(Status.error(e.getMessage(), e)); // and in the view's status line, where the user looks
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!status.isDisposed()) {
                        status.setText(NLS.bind(WorklistMessages.loadFailed, e.getLocalizedMessage()));
                    }
                });
            }
        }
        return Status.OK_STATUS;
    }

    private void show(List<E> loaded) {
        if (table.isDisposed()) {
            return;
        }
        entries = loaded;
        table.setItemCount(loaded.size());
        table.clearAll();
        status.setText(statusText(loaded));
        status.getParent().layout(true);
    }

    private void fill(TableItem item) {
        int index = table.indexOf(item);
        List<E> shown = entries;
        if (index >= 0 && index < shown.size()) {
            item.setText(texts(shown.get(index), schemas.schema()));
            style(item, shown.get(index));
        }
    }

    private void openSelected() {
        int index = table.getSelectionIndex();
        List<E> shown = entries;
        if (index < 0 || index >= shown.size()) {
            return;
        }
        E entry = shown.get(index);
        try {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .openEditor(new CustomerEditorInput(customerId(entry), customerName(entry)), CustomerEditorInput.EDITOR_ID);
        } catch (PartInitException e) {
            LOG.log(Status.error(e.getMessage(), e));
        }
    }

    /** Loads the list again soon (the newest data wins: a job rescheduled while running runs once more after). */
    void reload() {
        if (job != null) {
            job.schedule(RELOAD_DELAY_MS);
        }
    }

    @Inject
    @Optional
    void customerSaved(@UIEventTopic(CustomerEvents.SAVED) Object record) {
        reload();
    }

    @Inject
    @Optional
    void childSaved(@UIEventTopic(CustomerEvents.CHILD_SAVED) Object record) {
        reload();
    }

    @Inject
    @Optional
    void schemaChanged(@UIEventTopic(CustomerEvents.SCHEMA_CHANGED) Object ignored) {
        reload();
    }

    @Inject
    @Optional
    void imported(@UIEventTopic(CustomerEvents.IMPORTED) Object batch) {
        reload();
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }

    @PreDestroy
    void dispose() {
        if (job != null) {
            job.cancel();
        }
    }
}
