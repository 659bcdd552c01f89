package io.clientbench.analysis.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.EditorPart;

import io.clientbench.analysis.AnalysisDescriptor;
import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.AnalysisRegistry.Outcome;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.OwnedRecords;
import io.clientbench.store.RecordRepository;
import io.clientbench.ui.WidgetIds;

/**
 * One analysis: its settings form, Run, and the result (conclusion → diagnosis → action, charts, tables, exports, and
 * for per-customer scores the write-back to customers). The dataset is the shared one ({@link SharedDataset}); the
 * computation runs in a job and whatever goes wrong — a bad value, missing data, an analysis that throws — is shown in
 * the form's heading, never thrown at the workbench. Nothing here is saved, so the editor is never dirty.
 */
public class AnalysisEditor extends EditorPart {

    private AnalysisRegistry registry;
    private SharedDataset shared;
    private RecordRepository records;
    private OwnedRecords owned;
    private SchemaRegistry schemas;
    private IEventBroker events;
    private AnalysisDescriptor analysis;
    private FormToolkit toolkit;
    private ScrolledForm form;
    private SettingsForm settings;
    private Button run;
    private Label status;
    private Composite results;
    private Exporter exporter;
    private boolean running;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof AnalysisEditorInput analysisInput)) {
            throw new PartInitException("Not an analysis: " + input);
        }
        setSite(site);
        setInput(input);
        IEclipseContext context = site.getService(IEclipseContext.class);
        registry = context.get(AnalysisRegistry.class);
        shared = context.get(SharedDataset.class);
        records = context.get(RecordRepository.class);
        owned = context.get(OwnedRecords.class); // the store's service: the analyses' tag and grade records
        schemas = context.get(SchemaRegistry.class);
        events = context.get(IEventBroker.class);
        if (registry == null || shared == null) {
            throw new PartInitException(NLS.bind(AnalysisUiMessages.datasetFailed, "no analysis service"));
        }
        analysis = registry.analysis(analysisInput.id())
                .orElseThrow(() -> new PartInitException(NLS.bind(AnalysisUiMessages.disabledMessage, analysisInput.id())));
        setPartName(analysis.label());
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(analysis.label());
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(8, 10).applyTo(body);

        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.TWISTIE | Section.EXPANDED);
        section.setText(AnalysisUiMessages.settings_section);
        section.setDescription(analysis.description().isEmpty() ? AnalysisUiMessages.settings_description
                : analysis.description() + "\n" + AnalysisUiMessages.settings_description);
        // a small width hint: the description wraps at the editor's width instead of widening the form to one line
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(section);
        Composite client = toolkit.createComposite(section);
        section.setClient(client);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(client);
        Composite fields = toolkit.createComposite(client);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);
        settings = new SettingsForm(fields, toolkit, analysis, this::settingsChanged);

        Composite actions = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 4).applyTo(actions);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
        run = toolkit.createButton(actions, AnalysisUiMessages.run, SWT.PUSH);
        run.setData(WidgetIds.KEY, WidgetIds.ANALYSIS_RUN);
        run.addListener(SWT.Selection, e -> run());
        GridDataFactory.fillDefaults().hint(Math.max(100, run.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT).applyTo(run);
        Button defaults = toolkit.createButton(actions, AnalysisUiMessages.settings_defaults, SWT.PUSH);
        defaults.setData(WidgetIds.KEY, WidgetIds.ANALYSIS_DEFAULTS);
        defaults.addListener(SWT.Selection, e -> settings.restoreDefaults());
        status = toolkit.createLabel(actions, AnalysisUiMessages.noResult, SWT.WRAP);
        status.setData(WidgetIds.KEY, WidgetIds.ANALYSIS_STATUS);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(400, SWT.DEFAULT).applyTo(status);
        exporter = new Exporter(toolkit, this::status);

        results = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().spacing(8, 10).applyTo(results);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(results);
        form.addListener(SWT.Resize, e -> fitTables());
        settingsChanged();
    }

    /** Wide tables get the editor's width (they scroll inside): on resize; a run reflows anyway. */
    private void fitTables() {
        if (ResultView.fitTables(results, tableRoom())) {
            form.reflow(true);
        }
    }

    /** The width a result table may take: the editor's, less the margins of body, section and client and a scroll bar. */
    private int tableRoom() {
        return form.getClientArea().width - 2 * 10 - 2 * 8 - 24;
    }

    /** The heading shows the first problem (it names the parameter); Run waits until there is none. */
    private void settingsChanged() {
        if (form == null || run == null || settings == null) {
            return; // still being built
        }
        if (!analysis.enabled()) {
            form.setMessage(NLS.bind(AnalysisUiMessages.disabledMessage, analysis.status().reason()), IMessageProvider.ERROR);
            run.setEnabled(false);
            return;
        }
        List<String> problems = settings.problems();
        form.setMessage(problems.isEmpty() ? null : String.join("  ", problems), problems.isEmpty() ? IMessageProvider.NONE : IMessageProvider.ERROR);
        run.setEnabled(problems.isEmpty() && !running);
    }

    private void run() {
        if (!settings.problems().isEmpty() || running) {
            return;
        }
        Parameters parameters = settings.parameters();
        running = true;
        run.setEnabled(false);
        status(AnalysisUiMessages.waiting);
        Display display = form.getDisplay();
        shared.dataset().whenComplete((dataset, error) -> {
            if (error != null) {
                display.asyncExec(() -> finished(null, NLS.bind(AnalysisUiMessages.datasetFailed, error.getLocalizedMessage()), 0, 0));
                return;
            }
            display.asyncExec(() -> status(NLS.bind(AnalysisUiMessages.running, analysis.label())));
            Job.create(NLS.bind(AnalysisUiMessages.running, analysis.label()), (IProgressMonitor monitor) -> {
                long start = System.nanoTime();
                Outcome outcome = registry.compute(analysis.id(), dataset, parameters);
                long millis = (System.nanoTime() - start) / 1_000_000;
                display.asyncExec(() -> finished(outcome, outcome.ok() ? null : outcome.problem(), millis, customers(dataset)));
            }).schedule();
        });
    }

    private static int customers(Dataset dataset) {
        dataset.readLock().lock();
        try {
            return dataset.customers().size();
        } finally {
            dataset.readLock().unlock();
        }
    }

    private void finished(Outcome outcome, String problem, long millis, int customers) {
        if (form.isDisposed()) {
            return;
        }
        running = false;
        analysis = registry.analysis(analysis.id()).orElse(analysis); // a failure in compute disables it
        for (var child : results.getChildren()) {
            child.dispose();
        }
        if (problem != null) {
            form.setMessage(NLS.bind(AnalysisUiMessages.failed, analysis.label(), problem), IMessageProvider.ERROR);
            status(NLS.bind(AnalysisUiMessages.failed, analysis.label(), problem));
        } else {
            settings.remember();
            status(NLS.bind(AnalysisUiMessages.ran, customers, millis));
            ResultView.create(results, toolkit, outcome.result(), exporter);
            if (!outcome.result().scores().isEmpty()) {
                new WriteBackPanel(results, toolkit, analysis.id(), outcome.result(), schemas.schema().customer(), records, owned, events);
            }
        }
        if (problem == null) {
            settingsChanged();
        } else {
            run.setEnabled(analysis.enabled());
        }
        ResultView.fitTables(results, tableRoom());
        form.reflow(true);
    }

    private void status(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.getParent().layout(true);
        }
    }

    @Override
    public void setFocus() {
        run.setFocus();
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save: settings are kept when an analysis runs
    }

    @Override
    public void doSaveAs() {
        // nothing to save
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
