package io.clientbench.io.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.clientbench.io.SourceTable;
import io.clientbench.io.importing.ImportProfile;
import io.clientbench.io.importing.ImportTarget;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.ui.WidgetIds;

/**
 * Page 2: which field each column of the file fills (matched by the column names, or a saved profile), changed in the
 * table with a list (click or F2); how rows meet stored records (create, or update by a key field); profiles to load and
 * save. Everything edits the wizard's {@link ImportProfile}.
 */
final class MappingPage extends WizardPage {

    private static final int FIELD_COLUMN = 2;
    private static final int EXAMPLE_ROWS = 5;

    private final ImportWizard wizard;
    private TableViewer viewer;
    private Combo key;
    private Combo profileChoice;
    private List<ImportProfile> saved = List.of();
    /** The fields a column may fill, in schema order; the list's entries are "not imported", these, then the owner. */
    private List<FieldDescriptor> fields = List.of();
    private List<String> keyFields = List.of();

    MappingPage(ImportWizard wizard) {
        super("mapping");
        this.wizard = wizard;
        setTitle(IoUiMessages.mapping_title);
        setDescription(IoUiMessages.mapping_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).spacing(8, 8).applyTo(page);

        new Label(page, SWT.NONE).setText(IoUiMessages.mapping_profile);
        profileChoice = new Combo(page, SWT.READ_ONLY);
        profileChoice.setData(WidgetIds.KEY, WidgetIds.IMPORT_PROFILE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(profileChoice);
        Button load = new Button(page, SWT.PUSH);
        load.setText(IoUiMessages.mapping_load);
        load.setData(WidgetIds.KEY, WidgetIds.IMPORT_PROFILE_LOAD);
        load.addListener(SWT.Selection, e -> loadProfile());
        Button save = new Button(page, SWT.PUSH);
        save.setText(IoUiMessages.mapping_save);
        save.setData(WidgetIds.KEY, WidgetIds.IMPORT_PROFILE_SAVE);
        save.addListener(SWT.Selection, e -> saveProfile());

        viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setData(WidgetIds.KEY, WidgetIds.IMPORT_MAPPING);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(IoUiMessages.mapping_column, 200, header -> header);
        column(IoUiMessages.mapping_example, 220, this::example);
        column(IoUiMessages.mapping_field, 260, this::fieldText).setEditingSupport(new FieldEditing());
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
            }
        };
        TableViewerEditor.create(viewer, activation, ColumnViewerEditor.DEFAULT);
        viewer.getTable().addListener(SWT.KeyDown, e -> { // F2 edits the row's field, the only editable cell
            Object selected = viewer.getStructuredSelection().getFirstElement();
            if (e.keyCode == SWT.F2 && selected != null) {
                viewer.editElement(selected, FIELD_COLUMN);
            }
        });
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 220).applyTo(viewer.getTable());

        new Label(page, SWT.NONE).setText(IoUiMessages.mapping_key);
        key = new Combo(page, SWT.READ_ONLY);
        key.setData(WidgetIds.KEY, WidgetIds.IMPORT_KEY);
        key.addListener(SWT.Selection, e -> {
            int index = key.getSelectionIndex();
            wizard.profile = wizard.profile.withKey(index <= 0 ? null : keyFields.get(index - 1));
        });
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(key);
        setControl(page);
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<String, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((String) element);
            }
        });
        return column;
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            prepare();
        }
        super.setVisible(visible);
    }

    /** Fills the page for the wizard's file and target, matching the columns afresh when either changed. */
    private void prepare() {
        ImportTarget target = wizard.target;
        EntitySchema entity = wizard.schema.entity(target.entity()).orElseThrow();
        fields = entity.fields().stream().filter(f -> f.kind().isValue() && !f.hidden()).toList();
        keyFields = target.keyFields(wizard.schema);
        if (wizard.profile == null) {
            wizard.profile = target.autoProfile(wizard.path.getFileName().toString(), wizard.schema, wizard.file.table());
        }
        saved = wizard.profiles.of(target.entity());
        profileChoice.setItems(saved.stream().map(ImportProfile::name).toArray(String[]::new));
        List<String> keys = new ArrayList<>(List.of(IoUiMessages.mapping_keyNone));
        keyFields.forEach(name -> keys.add(IoUiMessages.format(IoUiMessages.mapping_keyField, label(entity, name))));
        key.setItems(keys.toArray(String[]::new));
        showProfile();
    }

    private void showProfile() {
        viewer.setInput(wizard.file.table().header());
        key.select(Math.max(0, keyFields.indexOf(wizard.profile.keyField()) + 1));
        setPageComplete(!wizard.profile.columns().isEmpty());
        setErrorMessage(wizard.profile.columns().isEmpty() ? IoUiMessages.mapping_nothing : null);
    }

    private void loadProfile() {
        int index = profileChoice.getSelectionIndex();
        if (index >= 0) {
            wizard.profile = saved.get(index);
            showProfile();
            setMessage(IoUiMessages.format(IoUiMessages.mapping_loaded, saved.get(index).name()));
        }
    }

    private void saveProfile() {
        IInputValidator named = text -> text.isBlank() ? IoUiMessages.mapping_nameMissing : null;
        InputDialog dialog = new InputDialog(getShell(), IoUiMessages.mapping_saveTitle, IoUiMessages.mapping_saveMessage,
                profileChoice.getText().isEmpty() ? wizard.profile.name() : profileChoice.getText(), named);
        if (dialog.open() != Window.OK) {
            return;
        }
        String name = dialog.getValue().strip();
        try {
            wizard.profile = wizard.profile.withName(name);
            wizard.profiles.save(wizard.profile);
            saved = wizard.profiles.of(wizard.target.entity());
            profileChoice.setItems(saved.stream().map(ImportProfile::name).toArray(String[]::new));
            profileChoice.select(saved.stream().map(ImportProfile::name).toList().indexOf(name));
            setMessage(IoUiMessages.format(IoUiMessages.mapping_saved, name));
        } catch (IOException e) {
            setErrorMessage(IoUiMessages.format(IoUiMessages.mapping_saveFailed, e.getLocalizedMessage()));
        }
    }

    private String example(String header) {
        SourceTable table = wizard.file.table();
        int column = table.column(header);
        return table.rows().stream().limit(EXAMPLE_ROWS).map(row -> row.cell(column).strip()).filter(s -> !s.isEmpty())
                .findFirst().orElse("").replace('\n', ' ');
    }

    /** The entry of the field list a column has now. */
    private int choice(String header) {
        if (header.equals(wizard.profile.ownerColumn())) {
            return fields.size() + 1;
        }
        String field = wizard.profile.columns().get(header);
        return field == null ? 0 : 1 + fields.stream().map(FieldDescriptor::name).toList().indexOf(field);
    }

    private String fieldText(String header) {
        int choice = choice(header);
        return choice <= 0 ? IoUiMessages.mapping_notImported : choices()[choice];
    }

    private String[] choices() {
        List<String> items = new ArrayList<>(List.of(IoUiMessages.mapping_notImported));
        fields.forEach(f -> items.add(f.label().text()));
        if (wizard.target != ImportTarget.CUSTOMERS) { // contacts and deals name the customer they belong to
            EntitySchema customer = wizard.schema.customer();
            items.add(IoUiMessages.format(IoUiMessages.mapping_owner, customer.label().text(), label(customer, ImportTarget.OWNER_KEY)));
        }
        return items.toArray(String[]::new);
    }

    private static String label(EntitySchema entity, String field) {
        return entity.field(field).map(f -> f.label().text()).orElse(field);
    }

    /** The field list of a column: choosing an entry remaps the column (a field taken from another column moves). */
    private final class FieldEditing extends EditingSupport {

        private final ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.READ_ONLY);

        FieldEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            editor.setItems(choices());
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return choice((String) element);
        }

        @Override
        protected void setValue(Object element, Object value) {
            String header = (String) element;
            int index = (Integer) value;
            if (index < 0 || index == choice(header)) {
                return;
            }
            ImportProfile profile = wizard.profile.withColumn(header, null);
            if (header.equals(profile.ownerColumn())) {
                profile = profile.withOwner(null, null);
            }
            if (index > fields.size()) {
                profile = profile.withOwner(header, ImportTarget.OWNER_KEY);
            } else if (index > 0) {
                profile = profile.withColumn(header, fields.get(index - 1).name());
            }
            wizard.profile = profile;
            viewer.refresh();
            boolean none = profile.columns().isEmpty();
            setPageComplete(!none);
            setErrorMessage(none ? IoUiMessages.mapping_nothing : null);
        }
    }
}
