package io.clientbench.ui.editors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.osgi.service.event.EventHandler;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.ui.forms.editor.FormEditor;

import io.clientbench.core.forms.RecordDraft;
import io.clientbench.core.navigator.ValueText;
import io.clientbench.core.validation.RecordValidator;
import io.clientbench.core.validation.Violation;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.PendingMarks;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;
import io.clientbench.ui.CustomerEvents;
import io.clientbench.ui.CustomerEditorInput;

/**
 * The customer editor, generated from the merged schema: pages of field groups, a widget per field kind, industry-pack
 * fields for customers of that industry, invalid fields marked with the reason, a save that is refused while anything
 * is invalid, and a conflict dialog when someone saved the customer in between.
 */
public class CustomerEditor extends FormEditor {

    private static final String CUSTOMER = "Customer";
    private static final String NAME = "fullName";
    private static final String INDUSTRY = "industry";
    private static final Set<String> VALUE_GROUPS = Set.of("value", "grading", "grade", "purchases", "transactions", "interaction", "tag");
    private static final Set<String> SALES_GROUPS = Set.of("sales", "visit", "activity", "need", "ice", "followUp");

    private RecordRepository records;
    private PendingMarks pendingMarks;
    /** The customer's 待确认/待补充 marks as stored, and as the user has them now (field → state). */
    private Map<String, String> storedMarks = Map.of();
    private final Map<String, String> marks = new java.util.LinkedHashMap<>();
    private IEventBroker events;
    private SchemaRegistry schemas;
    /** The customer's 更新日期 (provenance group). */
    private static final String UPDATED_AT = "updatedAt";
    private final EventHandler schemaChanged = event -> getSite().getShell().getDisplay().asyncExec(this::followSchema);
    private EntitySchema customer;
    private long id;
    private int version;
    private RecordDraft draft;
    private List<Violation> violations = List.of();
    private final List<FieldsPage> fieldPages = new ArrayList<>();
    private String industry;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof CustomerEditorInput customerInput)) {
            throw new PartInitException("Not a customer: " + input);
        }
        super.init(site, input);
        IEclipseContext context = site.getService(IEclipseContext.class);
        records = context.get(RecordRepository.class);
        pendingMarks = context.get(PendingMarks.class);
        events = context.get(IEventBroker.class);
        schemas = context.get(SchemaRegistry.class);
        customer = schemas.schema().customer();
        events.subscribe(CustomerEvents.SCHEMA_CHANGED, schemaChanged);
        id = customerInput.id();
        Map<String, Object> stored = Map.of();
        if (id != CustomerEditorInput.NEW) {
            try {
                StoredRecord record = records.find(CUSTOMER, id).orElseThrow(() -> new PartInitException("No customer " + id));
                version = record.version();
                stored = record.values();
                storedMarks = Map.copyOf(pendingMarks.marks(CUSTOMER, id));
                marks.putAll(storedMarks);
            } catch (StoreException e) {
                throw new PartInitException(e.getLocalizedMessage(), e);
            }
        }
        draft = new RecordDraft(customer, stored);
        industry = draft.input(INDUSTRY);
        updateName();
        // Edit > Undo / Redo (Ctrl+Z, Ctrl+Shift+Z): the workbench's commands, handled here while this editor is active
        IHandlerService handlers = site.getService(IHandlerService.class); // the part's service: active with the part
        handlers.activateHandler(IWorkbenchCommandConstants.EDIT_UNDO, new ActionHandler(undo));
        handlers.activateHandler(IWorkbenchCommandConstants.EDIT_REDO, new ActionHandler(redo));
        updateUndoRedo();
    }

    private final Action undo = new Action() {
        @Override
        public void run() {
            showStep(draft.undo());
        }
    };

    private final Action redo = new Action() {
        @Override
        public void run() {
            showStep(draft.redo());
        }
    };

    /** Shows the field an undo or redo changed, on its page, and re-validates. */
    private void showStep(Optional<String> field) {
        field.ifPresent(name -> {
            for (FieldsPage page : fieldPages) {
                if (page.refresh(name) && getActivePageInstance() != page) {
                    setActivePage(page.getId());
                }
            }
            fieldChanged();
        });
    }

    private void updateUndoRedo() {
        undo.setEnabled(draft.canUndo());
        redo.setEnabled(draft.canRedo());
    }

    @Override
    protected void addPages() {
        try {
            addFieldsPage("overview", EditorMessages.page_overview, f -> f.isBase() && !VALUE_GROUPS.contains(f.group()) && !SALES_GROUPS.contains(f.group()) || f.isOverlay());
            addFieldsPage("value", EditorMessages.page_value, f -> f.isBase() && VALUE_GROUPS.contains(f.group()));
            addFieldsPage("sales", EditorMessages.page_sales, f -> f.isBase() && SALES_GROUPS.contains(f.group()));
            addFieldsPage("industry", EditorMessages.page_industry, f -> !f.isBase() && !f.isOverlay() && f.field.appliesTo(industry));
            ChildPages.addTo(this); // contacts, deals, follow-ups, needs
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A field with where it comes from, for choosing its page. */
    private record Placed(FieldDescriptor field) {
        boolean isBase() {
            return FieldDescriptor.BASE_SOURCE.equals(field.source());
        }

        boolean isOverlay() {
            return SchemaOverlay.PACK_ID.equals(field.source());
        }

        String group() {
            return field.group();
        }
    }

    private void addFieldsPage(String pageId, String title, java.util.function.Predicate<Placed> belongs) throws PartInitException {
        FieldsPage page = new FieldsPage(this, pageId, title, editor -> customer.fields().stream()
                .filter(f -> f.kind().isValue() && !f.hidden() && belongs.test(new Placed(f))).toList());
        fieldPages.add(page);
        addPage(page);
    }

    RecordDraft draft() {
        return draft;
    }

    List<Violation> violations() {
        return violations;
    }

    /** The field's 待确认/待补充 state, or null. */
    String markOf(String field) {
        return marks.get(field);
    }

    /** Marks a field 待确认/待补充 (its value is cleared: the mark says it is missing), or removes the mark (null). */
    void mark(String field, String state) {
        if (state == null) {
            marks.remove(field);
        } else {
            marks.put(field, state);
            if (!draft.input(field).isEmpty()) {
                draft.set(field, "");
                fieldPages.forEach(page -> page.refresh(field));
            }
        }
        fieldChanged();
    }

    String industryLabel() {
        return customer.field(INDUSTRY).map(f -> ValueText.literal(f, industry, Locale.getDefault())).orElse(industry);
    }

    /** Called by every field widget after an edit: re-validate, re-mark, refresh the dirty state. */
    void fieldChanged() {
        violations = draft.validate(getPartName()).violations();
        fieldPages.forEach(page -> page.showViolations(violations));
        if (!industry.equals(draft.input(INDUSTRY))) {
            industry = draft.input(INDUSTRY);
            fieldPages.get(fieldPages.size() - 1).rebuild(); // the industry page shows that industry's fields
        }
        updateUndoRedo();
        editorDirtyStateChanged();
    }

    @Override
    public boolean isDirty() {
        return draft != null && (draft.isDirty() || !marks.equals(storedMarks));
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        RecordValidator.Result result = draft.validate(getPartName());
        violations = result.violations();
        fieldPages.forEach(page -> page.showViolations(violations));
        if (!result.isValid()) {
            MessageDialog.openError(getSite().getShell(), getPartName(), NLS.bind(EditorMessages.save_invalid, violations.size()) + "\n\n"
                    + String.join("\n", violations.stream().map(v -> v.message(Locale.getDefault())).toList()));
            monitor.setCanceled(true);
            return;
        }
        Map<String, String> toMark = marksFor(result);
        Map<String, Object> changes = draft.changes(result);
        try {
            saved(store(id == CustomerEditorInput.NEW ? result.values() : changes, version, toMark), toMark);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.CONFLICT) {
                resolveConflict(changes, toMark, monitor);
            } else {
                MessageDialog.openError(getSite().getShell(), getPartName(), NLS.bind(EditorMessages.save_failed, e.getLocalizedMessage()));
                monitor.setCanceled(true);
            }
        }
    }

    /** The marks to store: the user's, and 待确认/待补充 typed into a field; a field with a value loses its mark. */
    private Map<String, String> marksFor(RecordValidator.Result result) {
        Map<String, String> toMark = new java.util.LinkedHashMap<>(marks);
        toMark.putAll(result.pending());
        toMark.keySet().removeIf(field -> result.values().get(field) != null);
        return toMark;
    }

    /** Saves the values, with the marks in the same transaction when they changed. */
    private StoredRecord store(Map<String, Object> changes, int atVersion, Map<String, String> toMark) throws StoreException {
        Map<String, Object> values = stamped(changes);
        if (!toMark.equals(storedMarks)) {
            return pendingMarks.save(CUSTOMER, id == CustomerEditorInput.NEW ? -1 : id, atVersion, values, toMark);
        }
        return id == CustomerEditorInput.NEW ? records.create(CUSTOMER, values) : records.update(CUSTOMER, id, atVersion, values);
    }

    /**
     * A user's save is what 更新日期 means (the staleness check and a merge's "most recent value" read it), so it is
     * stamped with the save's time unless the user typed a date into it.
     */
    private Map<String, Object> stamped(Map<String, Object> changes) {
        if (changes.containsKey(UPDATED_AT) || customer.field(UPDATED_AT).isEmpty()) {
            return changes;
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>(changes);
        values.put(UPDATED_AT, java.time.LocalDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        return values;
    }

    private void resolveConflict(Map<String, Object> changes, Map<String, String> toMark, IProgressMonitor monitor) {
        try {
            StoredRecord theirs = records.find(CUSTOMER, id).orElseThrow();
            List<ConflictDialog.Difference> differences = new ArrayList<>();
            for (FieldDescriptor field : customer.fields()) {
                if (field.kind().isValue() && (changes.containsKey(field.name())
                        || !RecordDraft.inputOf(field, theirs.values().get(field.name())).equals(draft.input(field.name())))) {
                    Object mine = changes.containsKey(field.name()) ? changes.get(field.name()) : null;
                    String mineText = changes.containsKey(field.name()) ? ValueText.of(field, mine, Locale.getDefault()) : draft.input(field.name());
                    differences.add(new ConflictDialog.Difference(field.label().text(), mineText,
                            ValueText.of(field, theirs.values().get(field.name()), Locale.getDefault())));
                }
            }
            int choice = new ConflictDialog(getSite().getShell(), getPartName(), differences).open();
            if (choice == ConflictDialog.KEEP_MINE) {
                storedMarks = Map.copyOf(pendingMarks.marks(CUSTOMER, id)); // compare with what is stored now
                saved(store(changes, theirs.version(), toMark), toMark);
            } else if (choice == ConflictDialog.TAKE_THEIRS) {
                saved(theirs, pendingMarks.marks(CUSTOMER, id));
            } else {
                monitor.setCanceled(true); // closed without a choice: still dirty, nothing written
            }
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), getPartName(), NLS.bind(EditorMessages.save_failed, e.getLocalizedMessage()));
            monitor.setCanceled(true);
        }
    }

    /**
     * An admin applied a schema: a clean editor shows the new fields at once (reread, so nothing stale is shown); one
     * with unsaved input keeps its form, and takes the new schema with its save.
     */
    private void followSchema() {
        if (getContainer() == null || getContainer().isDisposed() || isDirty()) {
            return;
        }
        customer = schemas.schema().customer();
        try {
            StoredRecord stored = id == CustomerEditorInput.NEW ? null : records.find(CUSTOMER, id).orElse(null);
            draft = new RecordDraft(customer, stored == null ? Map.of() : stored.values());
            if (stored != null) {
                version = stored.version();
            }
        } catch (StoreException e) {
            org.eclipse.core.runtime.ILog.of(CustomerEditor.class).warn(e.getMessage(), e); // the editor keeps its form
            return;
        }
        industry = draft.input(INDUSTRY);
        fieldPages.forEach(FieldsPage::rebuild);
        updateUndoRedo();
    }

    @Override
    public void dispose() {
        events.unsubscribe(schemaChanged);
        super.dispose();
    }

    /** The form now shows the stored record; the navigator and other views hear of it. */
    private void saved(StoredRecord record, Map<String, String> nowMarked) {
        storedMarks = Map.copyOf(nowMarked);
        marks.clear();
        marks.putAll(storedMarks);
        customer = schemas.schema().customer(); // a schema applied while this editor was dirty is taken now
        id = record.id();
        version = record.version();
        draft = new RecordDraft(customer, record.values());
        industry = draft.input(INDUSTRY);
        violations = List.of();
        for (FieldsPage page : fieldPages) {
            page.rebuild();
        }
        updateName();
        updateUndoRedo();
        setInputWithNotify(new CustomerEditorInput(id, getPartName()));
        editorDirtyStateChanged();
        events.post(CustomerEvents.SAVED, record);
    }

    private void updateName() {
        String name = draft.input(NAME);
        setPartName(name.isBlank() ? EditorMessages.newCustomer : name);
        if (getActivePageInstance() != null && getActivePageInstance().getManagedForm() != null) {
            getActivePageInstance().getManagedForm().getForm().setText(getPartName());
        }
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
