package io.clientbench.ui.schema.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import io.clientbench.core.schema.SchemaDraft;
import io.clientbench.core.schema.SchemaEdit;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaChangeException;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.SchemaMigration;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.StoreException;
import io.clientbench.ui.WidgetIds;

/**
 * The admin's schema editor: an entity's fields and values on the left, the form they give on the right, the pending
 * edits and what applying them does to the database below. Save (Ctrl+S) or Apply runs the migration as a cancellable
 * job; export and import move the branch's schema between branches as one .ecore file.
 */
public class SchemaEditor extends EditorPart {

    private SchemaRegistry registry;
    private SchemaStore store;
    private IEventBroker events;
    private SchemaDraft draft;
    private List<EntitySchema> entities;
    private Combo entityChoice;
    private FieldTables tables;
    private FormPreview preview;
    private org.eclipse.swt.widgets.List pending;
    private Label plan;
    private Composite root;
    private boolean applying;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        IEclipseContext context = site.getService(IEclipseContext.class);
        registry = context.get(SchemaRegistry.class);
        store = context.get(SchemaStore.class);
        events = context.get(IEventBroker.class);
        try {
            draft = new SchemaDraft(registry, store.overlay());
        } catch (StoreException e) {
            throw new PartInitException(e.getLocalizedMessage(), e);
        }
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(root);
        createHeader(root);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(6, 4).applyTo(left);
        createLists(left);
        preview = new FormPreview(sash);
        sash.setWeights(58, 42);
        entities = FieldTables.entities(draft.preview());
        entities.forEach(e -> entityChoice.add(e.label().text()));
        entityChoice.select(0);
        refresh();
    }

    private void createHeader(Composite parent) {
        Composite header = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(header);
        Label title = new Label(header, SWT.NONE);
        title.setText(SchemaMessages.editor_heading);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.BEGINNING, SWT.CENTER).applyTo(title);
        new Label(header, SWT.NONE).setText(SchemaMessages.entity_label);
        entityChoice = new Combo(header, SWT.READ_ONLY | SWT.DROP_DOWN);
        entityChoice.setData(WidgetIds.KEY, WidgetIds.SCHEMA_ENTITY);
        entityChoice.setVisibleItemCount(16);
        entityChoice.addListener(SWT.Selection, e -> refresh());
        button(header, SchemaMessages.action_apply, WidgetIds.SCHEMA_APPLY, this::apply);
        button(header, SchemaMessages.action_undo, WidgetIds.SCHEMA_UNDO, () -> {
            draft.undo();
            changed();
        });
        button(header, SchemaMessages.action_revert, WidgetIds.SCHEMA_REVERT, () -> {
            draft.revert();
            changed();
        });
        button(header, SchemaMessages.action_export, WidgetIds.SCHEMA_EXPORT, this::exportSchema);
        button(header, SchemaMessages.action_import, WidgetIds.SCHEMA_IMPORT, this::importSchema);
    }

    /** Fields, values and pending edits share the left side through a sash, so none is squeezed to nothing. */
    private void createLists(Composite parent) {
        SashForm parts = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(parts);
        Composite fieldsArea = part(parts, SchemaMessages.fields_heading);
        Composite fieldsTable = new Composite(fieldsArea, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(fieldsTable);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fieldsTable);
        Composite fieldButtons = buttonColumn(fieldsArea);
        Composite valuesArea = part(parts, SchemaMessages.values_heading);
        Composite valuesTable = new Composite(valuesArea, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(valuesTable);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(valuesTable);
        Composite valueButtons = buttonColumn(valuesArea);
        tables = new FieldTables(fieldsTable, valuesTable);
        tables.fieldViewer().addSelectionChangedListener(e -> tables.selectedField().ifPresent(f -> preview.reveal(f.name())));
        tables.fieldViewer().addDoubleClickListener(e -> relabelField());

        button(fieldButtons, SchemaMessages.action_addField, WidgetIds.SCHEMA_ADD_FIELD, this::addField);
        button(fieldButtons, SchemaMessages.action_relabel, WidgetIds.SCHEMA_RELABEL_FIELD, this::relabelField);
        button(fieldButtons, SchemaMessages.action_rename, WidgetIds.SCHEMA_RENAME_FIELD, this::renameField);
        button(fieldButtons, SchemaMessages.action_hide, WidgetIds.SCHEMA_HIDE_FIELD, this::hideField);
        button(valueButtons, SchemaMessages.action_addValue, WidgetIds.SCHEMA_ADD_VALUE, this::addValue);
        button(valueButtons, SchemaMessages.action_relabel, WidgetIds.SCHEMA_RELABEL_VALUE, this::relabelValue);
        button(valueButtons, SchemaMessages.action_hide, WidgetIds.SCHEMA_HIDE_VALUE, this::hideValue);

        Composite pendingArea = part(parts, SchemaMessages.pending_heading);
        pending = new org.eclipse.swt.widgets.List(pendingArea, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        pending.setData(WidgetIds.KEY, WidgetIds.SCHEMA_PENDING);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(200, 40).applyTo(pending);
        plan = new Label(pendingArea, SWT.WRAP);
        plan.setData(WidgetIds.KEY, WidgetIds.SCHEMA_PLAN);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(plan);
        parts.setWeights(55, 25, 20);
    }

    /** A titled part of the left side: a heading over two columns (a list and its buttons). */
    private static Composite part(Composite parent, String title) {
        Composite part = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(0, 2).spacing(6, 4).applyTo(part);
        Label label = new Label(part, SWT.NONE);
        label.setText(title);
        label.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
        return part;
    }

    private static Composite buttonColumn(Composite parent) {
        Composite column = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(column);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(column);
        return column;
    }

    private static void button(Composite parent, String text, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        button.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.fillDefaults().applyTo(button);
    }

    private EntitySchema entity() {
        String name = entities.get(Math.max(0, entityChoice.getSelectionIndex())).name();
        return draft.preview().entity(name).orElseThrow();
    }

    // --- edits ------------------------------------------------------------------------------------------------

    /** Tries an edit on the draft: null when accepted, else the reason (localized, naming entity and field). */
    private String tryEdit(SchemaEdit edit) {
        try {
            draft.apply(edit);
            changed();
            return null;
        } catch (SchemaChangeException e) {
            return e.getLocalizedMessage();
        }
    }

    private void editOrShow(SchemaEdit edit) {
        String refusal = tryEdit(edit);
        if (refusal != null) {
            MessageDialog.openError(getSite().getShell(), SchemaMessages.editor_title, refusal);
        }
    }

    private void addField() {
        EntitySchema entity = entity();
        List<String> groups = entity.fields().stream().map(FieldDescriptor::group).filter(g -> g != null).distinct().toList();
        AddFieldDialog dialog = new AddFieldDialog(getSite().getShell(), entity.name(), groups, field -> tryEdit(SchemaEdit.addField(field)));
        if (dialog.open() == Window.OK) {
            String added = draft.edits().get(draft.edits().size() - 1).subject().zh();
            tables.select(f -> f.label().zh().equals(added));
        }
    }

    private void relabelField() {
        tables.selectedField().ifPresent(field -> new LabelDialog(getSite().getShell(), SchemaMessages.relabel_title,
                NLS.bind(SchemaMessages.relabel_message, field.label().text()), field.label(),
                label -> tryEdit(SchemaEdit.relabelField(entity().name(), field.name(), field.label(), label))).open());
    }

    private void renameField() {
        tables.selectedField().ifPresent(field -> {
            InputDialog dialog = new InputDialog(getSite().getShell(), SchemaMessages.rename_title,
                    NLS.bind(SchemaMessages.rename_message, field.label().text(), field.column()), field.name(),
                    text -> text.matches("[a-z][A-Za-z0-9]{0,39}") ? null : SchemaMessages.field_nameHint);
            if (dialog.open() == Window.OK && !dialog.getValue().equals(field.name())) {
                editOrShow(SchemaEdit.renameField(entity().name(), field.name(), field.label(), dialog.getValue()));
            }
        });
    }

    private void hideField() {
        tables.selectedField().filter(f -> !f.hidden()).ifPresent(field -> {
            if (MessageDialog.openQuestion(getSite().getShell(), SchemaMessages.hide_title,
                    NLS.bind(SchemaMessages.hide_message, field.label().text()))) {
                editOrShow(SchemaEdit.hideField(entity().name(), field.name(), field.label()));
            }
        });
    }

    private void addValue() {
        tables.selectedField().filter(f -> !f.literals().isEmpty()).ifPresent(field -> new LabelDialog(getSite().getShell(),
                SchemaMessages.addValue_title, NLS.bind(SchemaMessages.addValue_message, field.label().text()),
                new io.clientbench.model.Label("", ""), label -> {
                    var literal = AddFieldDialog.literals(label.zh() + " / " + label.en());
                    return literal.isEmpty() ? SchemaMessages.addValue_message
                            : tryEdit(SchemaEdit.addValue(entity().name(), field.name(), field.label(), literal.get(0)));
                }).open());
    }

    private void relabelValue() {
        tables.selectedField().ifPresent(field -> tables.selectedValue().ifPresent(value -> new LabelDialog(getSite().getShell(),
                SchemaMessages.relabel_title, NLS.bind(SchemaMessages.relabel_message, value.label().text()), value.label(),
                label -> tryEdit(SchemaEdit.relabelValue(entity().name(), field.name(), value, label))).open()));
    }

    private void hideValue() {
        tables.selectedField().ifPresent(field -> tables.selectedValue().filter(v -> !v.hidden())
                .ifPresent(value -> editOrShow(SchemaEdit.hideValue(entity().name(), field.name(), field.label(), value))));
    }

    private void changed() {
        refresh();
        firePropertyChange(PROP_DIRTY);
    }

    private void refresh() {
        EntitySchema entity = entity();
        tables.show(draft.preview(), draft.current(), entity.name());
        preview.show(entity);
        pending.removeAll();
        draft.edits().forEach(edit -> pending.add(edit.description(Locale.getDefault(), draft.preview())));
        showPlan();
        tables.selectedField().ifPresent(f -> preview.reveal(f.name()));
        root.layout(true, true);
    }

    /**
     * What applying would do to the database, read from the store's plan (no change is made to find out) off the UI
     * thread (tens of ms over 100k customers, more on a network server); a stale answer is dropped.
     */
    private void showPlan() {
        if (!draft.isDirty()) {
            plan.setText(SchemaMessages.plan_nothing);
            return;
        }
        plan.setText(SchemaMessages.plan_checking);
        MergedSchema asked = draft.preview();
        Job check = Job.create(SchemaMessages.plan_checking, monitor -> {
            String text;
            try {
                SchemaMigration migration = store.plan(asked);
                text = migration.changed() ? NLS.bind(SchemaMessages.plan_columns, migration.statements().size())
                        : SchemaMessages.plan_noColumns;
            } catch (StoreException e) {
                text = e.getLocalizedMessage();
            }
            String answer = text;
            root.getDisplay().asyncExec(() -> {
                if (!plan.isDisposed() && !applying && draft.preview() == asked) {
                    plan.setText(answer);
                    plan.getParent().layout(true);
                }
            });
        });
        check.setSystem(true); // a moment's check after each edit: not worth a line in the Progress view
        check.schedule();
    }

    // --- apply, export, import -----------------------------------------------------------------------------------

    private void apply() {
        if (!draft.isDirty() || applying) {
            return;
        }
        applying = true;
        plan.setText(SchemaMessages.plan_applying);
        ApplySchemaJob job = new ApplySchemaJob(store, registry, events, draft.preview(), draft.overlay());
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                root.getDisplay().asyncExec(() -> applied(event.getResult()));
            }
        });
        job.schedule();
    }

    private void applied(IStatus result) {
        applying = false;
        if (root.isDisposed()) {
            return;
        }
        if (result.isOK()) {
            draft.applied();
            changed();
            plan.setText(SchemaMessages.plan_applied);
        } else {
            plan.setText(result.getMessage()); // the draft stays pending; the job's error dialog gives the details
        }
    }

    private void exportSchema() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.ecore" });
        dialog.setFileName("branch-schema.ecore");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            fileAction(file, () -> {
                try (OutputStream out = Files.newOutputStream(Path.of(file))) {
                    draft.overlay().write(out);
                }
            });
        }
    }

    private void importSchema() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.ecore", "*.*" });
        String file = dialog.open();
        if (file != null) {
            fileAction(file, () -> {
                try (InputStream in = Files.newInputStream(Path.of(file))) {
                    SchemaOverlay other = SchemaOverlay.read(in);
                    String refusal = tryEdit(SchemaEdit.importFile(Path.of(file).getFileName().toString(), other));
                    if (refusal != null) {
                        throw new IOException(refusal);
                    }
                }
            });
        }
    }

    /** Runs a file action; a failure is shown naming the file, and nothing pending is lost. */
    private void fileAction(String file, IoAction action) {
        try {
            action.run();
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), SchemaMessages.editor_title, NLS.bind(SchemaMessages.file_failed, file,
                    e.getLocalizedMessage()));
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    // --- editor part --------------------------------------------------------------------------------------------

    @Override
    public void doSave(IProgressMonitor monitor) {
        apply();
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return draft != null && draft.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        tables.fieldViewer().getControl().setFocus();
    }
}
