package io.clientbench.quality.ui.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.model.MergedSchema;
import io.clientbench.quality.MergePlan;
import io.clientbench.quality.QualityData;
import io.clientbench.store.RecordMerger;
import io.clientbench.store.RecordMerger.MergeEntry;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;
import io.clientbench.ui.CustomerEditorInput;
import io.clientbench.ui.CustomerEvents;
import io.clientbench.ui.WidgetIds;

/**
 * Merges a group of duplicate customers: page 1 offers, per field where the records differ, each record's value with
 * its update date (defaults: the most recent, or the most complete), page 2 says what will happen — the record kept,
 * those removed, the values taken, how many contacts, deals, follow-ups … move. Finish runs the store's merge (one
 * transaction) in a user job; afterwards views reload ({@link CustomerEvents#IMPORTED}) and editors of the removed
 * customers close. A conflict (someone saved one of them meanwhile) is shown, and nothing is changed.
 */
final class MergeWizard extends Wizard {

    private static final ILog LOG = ILog.of(MergeWizard.class);

    private final RecordMerger merger;
    private final EntitySchema customer;
    private final List<StoredRecord> records;
    private final Map<String, Integer> moving;
    private final IEventBroker events;
    private final Runnable afterMerge;
    private MergePlan plan;

    private MergeWizard(RecordMerger merger, MergedSchema schema, List<StoredRecord> records, Map<String, Integer> moving,
            IEventBroker events, Runnable afterMerge) {
        this.merger = merger;
        this.customer = schema.customer();
        this.records = records;
        this.moving = moving;
        this.events = events;
        this.afterMerge = afterMerge;
        this.plan = MergePlan.of(customer, records, MergePlan.Rule.MOST_RECENT);
        setWindowTitle(QualityUiMessages.wizard_title);
        setNeedsProgressMonitor(false);
        addPage(new ChoicesPage());
        addPage(new SummaryPage());
    }

    /**
     * Reads the group's customers as stored now and counts what they own; null (after telling the user) when fewer
     * than two are left or the store fails.
     */
    static MergeWizard load(RecordRepository repository, RecordMerger merger, MergedSchema schema, List<Long> ids, IEventBroker events,
            Runnable afterMerge, Shell shell) {
        try {
            List<StoredRecord> records = new ArrayList<>();
            for (long id : ids) {
                repository.find(QualityData.CUSTOMER, id).ifPresent(records::add);
            }
            if (records.size() < 2) {
                afterMerge.run(); // merged or deleted since the check: show the present state
                return null;
            }
            MergePlan first = MergePlan.of(schema.customer(), records, MergePlan.Rule.MOST_RECENT);
            Map<String, Integer> moving = new LinkedHashMap<>();
            for (EntitySchema owned : schema.entities().values()) {
                if (schema.ownerOf(owned.name()).filter(QualityData.CUSTOMER::equals).isPresent()) {
                    int count = 0;
                    for (StoredRecord record : records) {
                        if (record.id() != first.survivor().id()) {
                            count += repository.findByOwner(owned.name(), record.id()).size();
                        }
                    }
                    if (count > 0) {
                        moving.put(owned.label().text(), count);
                    }
                }
            }
            return new MergeWizard(merger, schema, records, moving, events, afterMerge);
        } catch (StoreException e) {
            MessageDialog.openError(shell, QualityUiMessages.wizard_title, NLS.bind(QualityUiMessages.wizard_loadFailed, e.getLocalizedMessage()));
            return null;
        }
    }

    MergePlan plan() {
        return plan;
    }

    @Override
    public boolean performFinish() {
        MergePlan chosen = plan;
        String label = name(chosen.survivor());
        for (IEditorReference reference : groupEditors(records.stream().map(StoredRecord::id).collect(Collectors.toSet()))) {
            if (reference.isDirty()) { // unsaved input would be lost with the record, or overwrite the merge
                MessageDialog.openWarning(getShell(), QualityUiMessages.wizard_title, NLS.bind(QualityUiMessages.wizard_unsaved, reference.getTitle()));
                return false;
            }
        }
        Display display = getShell().getDisplay();
        Job job = Job.create(NLS.bind(QualityUiMessages.mergeJob, label), monitor -> {
            try {
                MergeEntry entry = merger.merge(chosen.request(label));
                display.asyncExec(() -> merged(entry));
                return Status.OK_STATUS;
            } catch (StoreException e) {
                display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), QualityUiMessages.wizard_title,
                        NLS.bind(QualityUiMessages.mergeFailed, label, e.getLocalizedMessage())));
                return Status.info(e.getLocalizedMessage()); // shown in the dialog already
            }
        });
        job.setUser(true);
        job.schedule();
        return true;
    }

    private void merged(MergeEntry entry) {
        Set<Long> removed = Set.copyOf(entry.mergedIds());
        java.util.Set<Long> shown = new java.util.HashSet<>(removed);
        shown.add(entry.survivorId()); // the survivor's editor holds an old version: closed (it was clean) and reopened by the user
        List<IEditorReference> stale = groupEditors(shown);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null && !stale.isEmpty()) {
            window.getActivePage().closeEditors(stale.toArray(IEditorReference[]::new), false);
        }
        events.post(CustomerEvents.IMPORTED, entry); // too many changes for row updates: views reload
        afterMerge.run();
        LOG.log(new Status(IStatus.INFO, "io.clientbench.quality.ui", NLS.bind(QualityUiMessages.mergeDone, entry.label(), removed.size())));
    }

    /** The open customer editors of these customers. */
    static List<IEditorReference> groupEditors(Set<Long> ids) {
        List<IEditorReference> found = new ArrayList<>();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return found;
        }
        for (IEditorReference reference : page.getEditorReferences()) {
            try {
                if (reference.getEditorInput() instanceof CustomerEditorInput input && ids.contains(input.id())) {
                    found.add(reference);
                }
            } catch (PartInitException e) {
                LOG.log(Status.warning(e.getMessage(), e));
            }
        }
        return found;
    }

    static String name(StoredRecord record) {
        Object name = record.values().get(QualityData.NAME);
        return name == null ? "#" + record.id() : name.toString();
    }

    private String valueText(FieldDescriptor field, Object value) {
        String text;
        if (field.kind() == FieldKind.ENUM || field.kind() == FieldKind.MULTI_ENUM) {
            List<?> names = value instanceof List<?> list ? list : List.of(value);
            text = names.stream().map(n -> field.literals().stream().filter(l -> l.name().equals(String.valueOf(n))).findFirst()
                    .map(l -> l.label().text()).orElse(String.valueOf(n))).collect(Collectors.joining(", "));
        } else if (value instanceof Boolean yes) {
            text = yes ? QualityUiMessages.yes : QualityUiMessages.no;
        } else if (value instanceof LocalDateTime at) {
            text = at.toString().replace('T', ' ');
        } else {
            text = String.valueOf(value);
        }
        text = text.replace('\n', ' ');
        return text.length() > 60 ? text.substring(0, 59) + "\u2026" : text;
    }

    private String optionText(MergePlan.Choice choice, MergePlan.Option option) {
        String record = records.stream().filter(r -> r.id() == option.recordId()).findFirst().map(MergeWizard::name).orElse("");
        String date = option.updatedAt() == null ? QualityUiMessages.wizard_undated : option.updatedAt().toLocalDate().toString();
        return NLS.bind(QualityUiMessages.wizard_option, new Object[] { valueText(choice.field(), option.value()), record, option.recordId(), date });
    }

    /** Page 1: the value each differing field keeps. */
    private final class ChoicesPage extends WizardPage {
        private Composite rows;
        private ScrolledComposite scroller;

        ChoicesPage() {
            super("choices");
            setTitle(QualityUiMessages.wizard_choices);
            setDescription(QualityUiMessages.wizard_choicesHint);
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
            Label survivor = new Label(page, SWT.WRAP);
            survivor.setText(NLS.bind(QualityUiMessages.wizard_survivor, name(plan.survivor()), plan.survivor().id()));
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(survivor);
            Button recent = new Button(page, SWT.RADIO);
            recent.setText(QualityUiMessages.wizard_recent);
            recent.setData(WidgetIds.KEY, WidgetIds.MERGE_RECENT);
            recent.setSelection(true);
            recent.addListener(SWT.Selection, e -> rule(recent.getSelection() ? MergePlan.Rule.MOST_RECENT : null));
            Button complete = new Button(page, SWT.RADIO);
            complete.setText(QualityUiMessages.wizard_complete);
            complete.setData(WidgetIds.KEY, WidgetIds.MERGE_COMPLETE);
            complete.addListener(SWT.Selection, e -> rule(complete.getSelection() ? MergePlan.Rule.MOST_COMPLETE : null));
            scroller = new ScrolledComposite(page, SWT.V_SCROLL | SWT.BORDER);
            scroller.setExpandHorizontal(true);
            scroller.setExpandVertical(true);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(scroller);
            fillRows();
            setControl(page);
        }

        private void rule(MergePlan.Rule rule) {
            if (rule != null) {
                plan = MergePlan.of(customer, records, rule);
                fillRows();
            }
        }

        private void fillRows() {
            if (rows != null) {
                rows.dispose();
            }
            rows = new Composite(scroller, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(rows);
            if (plan.choices().isEmpty()) {
                new Label(rows, SWT.NONE).setText(QualityUiMessages.wizard_noChoices);
            }
            for (MergePlan.Choice choice : plan.choices()) {
                Label label = new Label(rows, SWT.NONE);
                label.setText(choice.field().label().text());
                Combo values = new Combo(rows, SWT.READ_ONLY | SWT.DROP_DOWN);
                values.setData(WidgetIds.KEY, WidgetIds.MERGE_FIELD_PREFIX + choice.field().name());
                for (MergePlan.Option option : choice.options()) {
                    values.add(optionText(choice, option));
                }
                values.select(choice.chosen());
                String field = choice.field().name();
                values.addListener(SWT.Selection, e -> plan.choose(field, values.getSelectionIndex()));
                GridDataFactory.fillDefaults().grab(true, false).applyTo(values);
            }
            scroller.setContent(rows);
            scroller.setMinSize(rows.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            rows.layout(true);
        }
    }

    /** Page 2: what Finish does. */
    private final class SummaryPage extends WizardPage {
        private Text summary;

        SummaryPage() {
            super("summary");
            setTitle(QualityUiMessages.wizard_summary);
            setDescription(QualityUiMessages.wizard_summaryHint);
        }

        @Override
        public void createControl(Composite parent) {
            summary = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
            summary.setData(WidgetIds.KEY, WidgetIds.MERGE_SUMMARY);
            setControl(summary);
        }

        @Override
        public void setVisible(boolean visible) {
            if (visible) {
                summary.setText(text());
            }
            super.setVisible(visible);
        }

        private String text() {
            StringBuilder text = new StringBuilder();
            StoredRecord survivor = plan.survivor();
            text.append(NLS.bind(QualityUiMessages.wizard_summaryKeep, name(survivor), survivor.id())).append('\n');
            for (StoredRecord record : records) {
                if (record.id() != survivor.id()) {
                    text.append(NLS.bind(QualityUiMessages.wizard_summaryRemove, name(record), record.id())).append('\n');
                }
            }
            text.append('\n');
            Map<String, Object> changes = plan.survivorChanges();
            if (changes.isEmpty()) {
                text.append(QualityUiMessages.wizard_summaryNoChanges).append('\n');
            } else {
                text.append(QualityUiMessages.wizard_summaryChanges).append('\n');
                changes.forEach((name, value) -> {
                    Optional<FieldDescriptor> field = customer.field(name);
                    text.append("  ").append(NLS.bind(QualityUiMessages.wizard_summaryValue, field.map(f -> f.label().text()).orElse(name),
                            field.map(f -> valueText(f, value)).orElse(String.valueOf(value)))).append('\n');
                });
            }
            text.append('\n');
            moving.forEach((entity, count) -> text.append(NLS.bind(QualityUiMessages.wizard_summaryMoves, count, entity)).append('\n'));
            text.append(QualityUiMessages.wizard_summaryJournal);
            return text.toString();
        }
    }
}
