package io.clientbench.analysis.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.AnalysisResult.Score;
import io.clientbench.analysis.report.ScoreWriteBack;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;
import io.clientbench.ui.CustomerEvents;
import io.clientbench.ui.WidgetIds;

/**
 * "Write Grades to Customers…" under a result with per-customer scores: after a confirmation naming the target
 * fields, {@link ScoreWriteBack} runs in a job; each saved customer is posted as {@link CustomerEvents#SAVED} so that
 * the navigator regroups, and the counts — written, already right, conflicts kept — are reported.
 */
final class WriteBackPanel {

    private static final ILog LOG = ILog.of(WriteBackPanel.class);
    /** Customers between progress reports and cancellation checks. */
    private static final int CHUNK = 500;

    private final List<Score> scores;
    private final RecordRepository records;
    private final IEventBroker events;
    private final ScoreWriteBack.Targets targets;
    private final Button button;
    private final Label status;

    WriteBackPanel(Composite parent, FormToolkit toolkit, AnalysisResult result, EntitySchema customer, RecordRepository records, IEventBroker events) {
        this.scores = result.scores();
        this.records = records;
        this.events = events;
        this.targets = ScoreWriteBack.targets(customer, result);
        Composite panel = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(panel);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(panel);
        button = toolkit.createButton(panel, AnalysisUiMessages.writeBack, SWT.PUSH);
        button.setData(WidgetIds.KEY, WidgetIds.ANALYSIS_WRITE_BACK);
        button.setEnabled(targets.any());
        button.addListener(SWT.Selection, e -> confirmAndWrite());
        status = toolkit.createLabel(panel, targets.any() ? "" : AnalysisUiMessages.writeBack_noField, SWT.WRAP);
        status.setData(WidgetIds.KEY, WidgetIds.ANALYSIS_WRITE_BACK + ".status");
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(status);
    }

    private static String label(FieldDescriptor field) {
        return field == null ? AnalysisUiMessages.writeBack_none : field.label().text();
    }

    private void confirmAndWrite() {
        String question = NLS.bind(AnalysisUiMessages.writeBack_question, new Object[] { scores.size(), label(targets.gradeField()), label(targets.tagField()) });
        if (!MessageDialog.openQuestion(button.getShell(), AnalysisUiMessages.writeBack_title, question)) {
            return;
        }
        button.setEnabled(false);
        Display display = button.getDisplay();
        Job job = Job.create(AnalysisUiMessages.writeBack_running, (IProgressMonitor monitor) -> {
            monitor.beginTask(AnalysisUiMessages.writeBack_running, scores.size());
            try {
                ScoreWriteBack.Report report = ScoreWriteBack.write(records, targets, scores, CHUNK, (done, of) -> {
                    monitor.worked(CHUNK);
                    return !monitor.isCanceled();
                });
                display.asyncExec(() -> done(report));
            } catch (StoreException e) {
                LOG.log(Status.error(e.getMessage(), e));
                display.asyncExec(() -> failed(e.getLocalizedMessage()));
            } finally {
                monitor.done();
            }
        });
        job.setUser(true);
        job.schedule();
    }

    private void done(ScoreWriteBack.Report report) {
        for (StoredRecord customer : report.written()) {
            events.post(CustomerEvents.SAVED, customer); // the navigator updates the row and regroups
        }
        StringBuilder text = new StringBuilder(NLS.bind(AnalysisUiMessages.writeBack_done, report.written().size(), report.unchanged()));
        if (!report.conflicts().isEmpty()) {
            String ids = report.conflicts().stream().limit(20).map(String::valueOf).collect(Collectors.joining(", "));
            text.append('\n').append(NLS.bind(AnalysisUiMessages.writeBack_conflicts, report.conflicts().size(), ids));
        }
        if (!report.failures().isEmpty()) {
            text.append('\n').append(NLS.bind(AnalysisUiMessages.writeBack_failures, report.failures().size(),
                    report.failures().stream().limit(5).collect(Collectors.joining("; "))));
        }
        show(text.toString());
        if (!report.conflicts().isEmpty() || !report.failures().isEmpty()) {
            MessageDialog.openWarning(button.getShell(), AnalysisUiMessages.writeBack_title, text.toString());
        }
    }

    private void failed(String message) {
        show(NLS.bind(AnalysisUiMessages.writeBack_failures, scores.size(), message));
    }

    private void show(String text) {
        if (status.isDisposed()) {
            return;
        }
        status.setText(text);
        button.setEnabled(true);
        status.getParent().layout(true);
        status.getParent().getParent().layout(true);
    }
}
