package io.clientbench.ui.editors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.clientbench.core.navigator.ValueText;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;
import io.clientbench.ui.CustomerEditorInput;
import io.clientbench.ui.CustomerEvents;
import io.clientbench.ui.WidgetIds;

/**
 * A page of the customer editor listing records the customer owns (its contacts, deals, follow-ups or needs): a table
 * of some of their fields, Add... and Edit... (or a double click) opening a form generated from the entity's schema.
 * A customer not saved yet owns nothing, so the page asks for the save first and fills in once the editor's input
 * becomes the stored customer.
 */
final class ChildRecordsPage extends FormPage {

    /** A computed column after the fields (the Needs page's ICE score and priority). */
    record ExtraColumn(String title, Function<Map<String, Object>, String> text) {
    }

    private static final int LONG_TEXT_CELL = 60;

    private final String entityName;
    private final List<String> wanted;
    private final List<ExtraColumn> extras;
    private final Function<Map<String, Object>, String> preview;
    private final IPropertyListener editorListener = this::editorChanged;
    private FormToolkit toolkit;
    private Composite body;
    private Table table;
    private Button edit;
    private Label count;
    private List<FieldDescriptor> columns = List.of();

    /** @param preview what a record's valid values amount to, shown in its dialog (see {@link ChildRecordDialog}), or null */
    ChildRecordsPage(FormEditor editor, String id, String title, String entity, List<String> columns, List<ExtraColumn> extras,
            Function<Map<String, Object>, String> preview) {
        super(editor, id, title);
        this.entityName = entity;
        this.wanted = List.copyOf(columns);
        this.extras = List.copyOf(extras);
        this.preview = preview;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText(getEditor().getPartName());
        toolkit.decorateFormHeading(form.getForm());
        body = form.getBody();
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).spacing(8, 8).applyTo(body);
        getEditor().addPropertyListener(editorListener);
        rebuild();
    }

    private void editorChanged(Object source, int property) {
        if (body == null || body.isDisposed()) {
            return;
        }
        if (property == IEditorPart.PROP_INPUT && table == null) {
            rebuild(); // the new customer was saved: now it can own records
        } else if (property == IEditorPart.PROP_TITLE) {
            getManagedForm().getForm().setText(getEditor().getPartName());
        }
    }

    private long customerId() {
        return getEditor().getEditorInput() instanceof CustomerEditorInput input ? input.id() : CustomerEditorInput.NEW;
    }

    private IEclipseContext context() {
        return getEditor().getSite().getService(IEclipseContext.class);
    }

    private EntitySchema entity() {
        return context().get(SchemaRegistry.class).schema().entity(entityName).orElseThrow();
    }

    private void rebuild() {
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        table = null;
        if (customerId() == CustomerEditorInput.NEW) {
            Label hint = toolkit.createLabel(body, NLS.bind(ChildMessages.saveFirst, getTitle()), SWT.WRAP);
            hint.setData(WidgetIds.KEY, WidgetIds.CHILDREN_SAVE_FIRST_PREFIX + entityName);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(hint);
        } else {
            createTable();
            load(-1);
        }
        body.layout(true, true);
        getManagedForm().reflow(true);
    }

    private void createTable() {
        EntitySchema entity = entity();
        columns = shownFields(entity);
        table = toolkit.createTable(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setData(WidgetIds.KEY, WidgetIds.CHILDREN_TABLE_PREFIX + entityName);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (FieldDescriptor field : columns) {
            new TableColumn(table, SWT.LEFT).setText(field.label().text());
        }
        for (ExtraColumn extra : extras) {
            new TableColumn(table, SWT.LEFT).setText(extra.title());
        }
        // a small minimum that grows with the page (the form expands its body to the editor's height)
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 160).applyTo(table);
        table.addListener(SWT.Selection, e -> edit.setEnabled(table.getSelectionIndex() >= 0));
        table.addListener(SWT.DefaultSelection, e -> editSelected());

        Composite buttons = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        Button add = toolkit.createButton(buttons, ChildMessages.add, SWT.PUSH);
        add.setData(WidgetIds.KEY, WidgetIds.CHILDREN_ADD_PREFIX + entityName);
        add.addListener(SWT.Selection, e -> open(null));
        edit = toolkit.createButton(buttons, ChildMessages.edit, SWT.PUSH);
        edit.setData(WidgetIds.KEY, WidgetIds.CHILDREN_EDIT_PREFIX + entityName);
        edit.setEnabled(false);
        edit.addListener(SWT.Selection, e -> editSelected());
        GridDataFactory.fillDefaults().hint(Math.max(96, add.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT).applyTo(add);
        GridDataFactory.fillDefaults().hint(Math.max(96, edit.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT).applyTo(edit);

        count = toolkit.createLabel(body, "");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(count);
    }

    /** The wanted fields the schema still shows, then any an admin added to the entity. */
    private List<FieldDescriptor> shownFields(EntitySchema entity) {
        List<FieldDescriptor> shown = new ArrayList<>();
        for (String name : wanted) {
            entity.field(name).filter(f -> f.kind().isValue() && !f.hidden()).ifPresent(shown::add);
        }
        for (FieldDescriptor field : entity.fields()) {
            if (SchemaOverlay.PACK_ID.equals(field.source()) && field.kind().isValue() && !field.hidden() && !shown.contains(field)) {
                shown.add(field);
            }
        }
        return shown;
    }

    /** Fills the table from the store (a customer owns a handful of records) and selects {@code selectId} if shown. */
    private void load(long selectId) {
        List<StoredRecord> records;
        try {
            records = context().get(RecordRepository.class).findByOwner(entityName, customerId());
            getManagedForm().getForm().setMessage(null, IMessageProvider.NONE);
        } catch (StoreException e) {
            records = List.of();
            getManagedForm().getForm().setMessage(NLS.bind(ChildMessages.loadFailed, e.getLocalizedMessage()), IMessageProvider.ERROR);
        }
        table.setRedraw(false);
        try {
            table.removeAll();
            for (StoredRecord record : records) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(texts(record));
                item.setData(record);
                if (record.id() == selectId) {
                    table.setSelection(item);
                }
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
                column.setWidth(Math.min(Math.max(column.getWidth() + 12, 72), 320));
            }
        } finally {
            table.setRedraw(true);
        }
        edit.setEnabled(table.getSelectionIndex() >= 0);
        count.setText(NLS.bind(ChildMessages.count, records.size()));
    }

    private String[] texts(StoredRecord record) {
        String[] texts = new String[columns.size() + extras.size()];
        for (int c = 0; c < columns.size(); c++) {
            FieldDescriptor field = columns.get(c);
            String text = ValueText.of(field, record.values().get(field.name()), Locale.getDefault());
            if (field.kind() == FieldKind.LONG_TEXT) {
                text = text.lines().findFirst().orElse("");
                text = text.length() > LONG_TEXT_CELL ? text.substring(0, LONG_TEXT_CELL) + "…" : text;
            }
            texts[c] = text;
        }
        for (int e = 0; e < extras.size(); e++) {
            texts[columns.size() + e] = extras.get(e).text().apply(record.values());
        }
        return texts;
    }

    private void editSelected() {
        int index = table.getSelectionIndex();
        if (index >= 0) {
            open((StoredRecord) table.getItem(index).getData());
        }
    }

    /** Opens the record's form (a new record for null); a saved record is announced and selected in the table. */
    private void open(StoredRecord record) {
        ChildRecordDialog dialog = new ChildRecordDialog(getSite().getShell(), entity(), record, customerId(),
                getEditor().getPartName(), context().get(RecordRepository.class), preview);
        dialog.open();
        StoredRecord saved = dialog.saved();
        if (saved != null) {
            context().get(IEventBroker.class).post(CustomerEvents.CHILD_SAVED, CustomerEvents.childSaved(saved, customerId()));
        }
        if (!table.isDisposed()) {
            load(saved != null ? saved.id() : record != null ? record.id() : -1);
        }
    }

    @Override
    public void dispose() {
        getEditor().removePropertyListener(editorListener);
        super.dispose();
    }
}
