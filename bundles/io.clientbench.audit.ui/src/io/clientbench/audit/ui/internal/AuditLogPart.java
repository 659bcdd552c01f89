package io.clientbench.audit.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.privacy.Masker;
import io.clientbench.privacy.RoleSession;
import io.clientbench.store.AuditEntry;
import io.clientbench.store.AuditLog;
import io.clientbench.store.AuditQuery;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;
import io.clientbench.ui.CustomerEditorInput;
import io.clientbench.ui.CustomerEvents;
import io.clientbench.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The audit log, newest first, filtered by user, record type, customer or record, date range and text. A virtual
 * table: the count comes from a job, and rows are read a page at a time as they scroll into view (a page is one
 * indexed query), so a log of millions of lines opens as fast as a short one. A double click opens the customer the
 * line is about (the record's owner for a contact, a deal...).
 */
public class AuditLogPart {

    public static final String ID = "io.clientbench.audit.ui.auditLog";

    private static final ILog LOG = ILog.of(AuditLogPart.class);
    private static final int PAGE = 200;
    private static final int PAGES_KEPT = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Inject
    private AuditLog log;
    @Inject
    private RecordRepository records;
    @Inject
    private SchemaRegistry schemas;
    @Inject
    private RoleSession session;

    private Display display;
    private AuditFilterBar filters;
    private Table table;
    private Label status;
    private Job countJob;
    private volatile AuditQuery query = AuditQuery.all();
    /** Pages of lines read so far for the query shown, by page number; the least recently used dropped. */
    private final Map<Integer, List<AuditEntry>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<AuditEntry>> eldest) {
            return size() > PAGES_KEPT;
        }
    };

    @PostConstruct
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);
        filters = new AuditFilterBar(parent, schemas.schema(), this::applyFilters);
        table = new Table(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setData(WidgetIds.KEY, WidgetIds.AUDIT_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = { AuditMessages.column_time, AuditMessages.column_user, AuditMessages.column_action, AuditMessages.column_entity,
                AuditMessages.column_record, AuditMessages.column_field, AuditMessages.column_old, AuditMessages.column_new };
        int[] chars = { 23, 10, 12, 12, 8, 16, 24, 24 }; // digits are wider than the average character
        GC gc = new GC(table);
        try {
            double average = gc.getFontMetrics().getAverageCharacterWidth();
            for (int i = 0; i < titles.length; i++) {
                TableColumn column = new TableColumn(table, SWT.LEFT);
                column.setText(titles[i]);
                column.setWidth((int) Math.max(gc.textExtent(titles[i]).x + 28, chars[i] * average));
            }
        } finally {
            gc.dispose();
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item));
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        status = new Label(parent, SWT.NONE);
        status.setData(WidgetIds.KEY, WidgetIds.AUDIT_STATUS);
        status.setText(AuditMessages.loading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        countJob = Job.create(AuditMessages.loading, this::count);
        countJob.setSystem(true);
        countJob.schedule();
    }

    private void applyFilters() {
        try {
            query = filters.query();
            reload();
        } catch (AuditFilterBar.BadFilter e) {
            status.setText(e.getMessage());
        }
    }

    /** Counts the lines of the query in force (off the UI thread), then lets the table ask for its rows. */
    private IStatus count(IProgressMonitor monitor) {
        AuditQuery counted = query;
        String text;
        int count = -1;
        try {
            count = log.count(counted);
            text = NLS.bind(AuditMessages.status, String.format("%,d", count));
        } catch (StoreException e) {
            LOG.log(Status.error(e.getMessage(), e));
            text = NLS.bind(AuditMessages.loadFailed, e.getLocalizedMessage());
        }
        int rows = Math.max(count, 0);
        String shown = text;
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (table.isDisposed() || counted != query) {
                    return;
                }
                synchronized (pages) {
                    pages.clear();
                }
                table.setItemCount(rows);
                table.clearAll();
                status.setText(shown);
                status.getParent().layout(true);
            });
        }
        return Status.OK_STATUS;
    }

    private void fill(TableItem item) {
        AuditEntry entry = entry(table.indexOf(item));
        if (entry == null) {
            return;
        }
        MergedSchema schema = schemas.schema();
        var entity = entry.entity() == null ? java.util.Optional.<io.clientbench.model.EntitySchema>empty() : schema.entity(entry.entity());
        FieldDescriptor descriptor = entry.field() == null ? null : entity.flatMap(e -> e.field(entry.field())).orElse(null);
        String field = entry.field() == null ? "" : descriptor != null ? descriptor.label().text() : entry.field();
        String newValue = entry.batchId() != null && entry.field() == null
                ? NLS.bind(AuditMessages.importBatch, entry.batchId(), entry.newValue()) : shown(descriptor, entry.newValue());
        item.setText(new String[] { TIME.format(entry.at()), entry.actor(), AuditMessages.action(entry.action()),
                entity.map(e -> e.label().text()).orElse(nonNull(entry.entity())), entry.recordId() == null ? "" : "#" + entry.recordId(), field,
                shown(descriptor, entry.oldValue()), newValue });
    }

    /**
     * A logged value as the current role may see it: the log keeps values whole, so a masked field's old and new
     * values are masked here like everywhere else, and phone numbers inside other texts scrubbed.
     */
    private String shown(FieldDescriptor field, String value) {
        if (value == null || value.isEmpty() || !session.policy().masksPersonalData()) {
            return nonNull(value);
        }
        return field != null && session.masks(field) ? Masker.mask(field.masking(), value) : Masker.scrub(value);
    }

    /** The line at a row, reading its page when it is not at hand (one indexed query of {@value #PAGE} lines). */
    private AuditEntry entry(int index) {
        if (index < 0) {
            return null;
        }
        int page = index / PAGE;
        List<AuditEntry> lines;
        synchronized (pages) {
            lines = pages.get(page);
        }
        if (lines == null) {
            try {
                lines = log.query(query, page * PAGE, PAGE);
            } catch (StoreException e) {
                LOG.log(Status.error(e.getMessage(), e));
                return null;
            }
            synchronized (pages) {
                pages.put(page, lines);
            }
        }
        int offset = index - page * PAGE;
        return offset < lines.size() ? lines.get(offset) : null;
    }

    private void openSelected() {
        AuditEntry entry = entry(table.getSelectionIndex());
        if (entry == null || entry.entity() == null) {
            return;
        }
        MergedSchema schema = schemas.schema();
        String customer = schema.customer().name();
        boolean ofCustomer = customer.equals(entry.entity()) || entry.ownerId() != null && schema.ownerOf(entry.entity()).filter(customer::equals).isPresent();
        if (!ofCustomer || entry.customerId() == null) {
            return;
        }
        try {
            java.util.Optional<StoredRecord> found = records.find(customer, entry.customerId());
            if (found.isEmpty()) {
                return; // deleted since (an undone import)
            }
            String name = String.valueOf(found.get().values().getOrDefault("fullName", "#" + entry.customerId()));
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .openEditor(new CustomerEditorInput(entry.customerId(), name), CustomerEditorInput.EDITOR_ID);
        } catch (StoreException | PartInitException e) {
            LOG.log(Status.error(e.getMessage(), e));
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    void reload() {
        if (countJob != null) {
            countJob.schedule(150);
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
    void imported(@UIEventTopic(CustomerEvents.IMPORTED) Object batch) {
        reload();
    }

    @Inject
    @Optional
    void schemaChanged(@UIEventTopic(CustomerEvents.SCHEMA_CHANGED) Object ignored) {
        reload();
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }

    @PreDestroy
    void dispose() {
        if (countJob != null) {
            countJob.cancel();
        }
    }
}
