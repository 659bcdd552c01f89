package io.clientbench.analysis.ui.internal;

import java.time.LocalDateTime;
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
import io.clientbench.analysis.report.RecordWriteBack;
import io.clientbench.analysis.report.ScoreWriteBack;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.store.OwnedRecords;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;
import io.clientbench.ui.CustomerEvents;
import io.clientbench.ui.WidgetIds;

/**
 * "Write Grades to Customers…" under a result with per-customer scores: after a confirmation naming the target
 * fields, {@link ScoreWriteBack} runs in a job; each saved customer is posted as {@link CustomerEvents#SAVED} so that
 * the navigator regroups, and the counts — written, already right, conflicts kept — are reported. With "keep as tag
 * and grade records" ticked (the default), {@link RecordWriteBack} then replaces this analysis's earlier Tag and Grade
 * records of the scored customers, which the navigator's tag filter and the visit rules read.
 */
final class WriteBackPanel {

    private static final ILog LOG = ILog.of(WriteBackPanel.class);
    /** Customers between progress reports and cancellation checks. */
    private static final int CHUNK = 500;

    private final String analysisId;
    private final List<Score> scores;
    private final RecordRepository records;
    private final OwnedRecords owned;
    private final IEventBroker events;
    private final ScoreWriteBack.Targets targets;
    private final Button button, keepRecords;
    private final Label status;

    WriteBackPanel(Composite parent, FormToolkit toolkit, String analysisId, AnalysisResult result, EntitySchema customer, RecordRepository records,
            OwnedRecords owned, IEventBroker events) {
        this.owned = owned;
        this.analysisId = analysisId;
        this.scores = result.scores();
        this.records = records;
        this.events = events;
        this.targets = ScoreWriteBack.targets(customer, result);
        Composite panel = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(panel);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(panel);
        button = toolkit.createButton(panel, AnalysisUiMessages.writeBack, SWT.PUSH);
        button.setData(WidgetIds.KEY, WidgetIds.ANALYSIS_WRITE_BACK);
        button.addListener(SWT.Selection, e -> confirmAndWrite());
        status = toolkit.createLabel(panel, targets.any() ? "" : AnalysisUiMessages.writeBack_noField, SWT.WRAP);
        status.setData(WidgetIds.KEY, WidgetIds.ANALYSIS_WRITE_BACK + ".status");
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(status);
        keepRecords = toolkit.createButton(panel, AnalysisUiMessages.writeBack_records, SWT.CHECK);
        keepRecords.setData(WidgetIds.KEY, WidgetIds.ANALYSIS_WRITE_BACK + ".records");
        keepRecords.setSelection(true);
        keepRecords.addListener(SWT.Selection, e -> enable());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(keepRecords);
        enable();
    }

    /** Something to write: a target field, or the records. */
    private void enable() {
        button.setEnabled(targets.any() || keepRecords.getSelection());
    }

    private static String label(FieldDescriptor field) {
        return field == null ? AnalysisUiMessages.writeBack_none : field.label().text();
    }

    private void confirmAndWrite() {
        boolean fields = targets.any(), kept = keepRecords.getSelection();
        String question = fields ? NLS.bind(AnalysisUiMessages.writeBack_question, new Object[] { scores.size(), label(targets.gradeField()), label(targets.tagField()) })
                : "";
        if (kept) {
            question = (question + "\n\n" + NLS.bind(AnalysisUiMessages.writeBack_questionRecords, scores.size())).strip();
        }
        if (!MessageDialog.openQuestion(button.getShell(), AnalysisUiMessages.writeBack_title, question)) {
            return;
        }
        button.setEnabled(false);
        keepRecords.setEnabled(false);
        Display display = button.getDisplay();
        Job job = Job.create(AnalysisUiMessages.writeBack_running, (IProgressMonitor monitor) -> {
            monitor.beginTask(AnalysisUiMessages.writeBack_running, (fields ? scores.size() : 0) + (kept ? scores.size() : 0));
            try {
                ScoreWriteBack.Progress progress = (done, of) -> {
                    monitor.worked(CHUNK);
                    return !monitor.isCanceled();
                };
                ScoreWriteBack.Report report = fields ? ScoreWriteBack.write(records, targets, scores, CHUNK, progress) : null;
                RecordWriteBack.Report recordReport = null;
                String recordFailure = null;
                if (kept && !monitor.isCanceled()) {
                    try { // the fields are saved by now: report them even when the records fail
                        recordReport = RecordWriteBack.write(records, owned, analysisId, targets.gradeField(), scores, LocalDateTime.now(), CHUNK, progress);
                    } catch (StoreException e) {
                        LOG.log(Status.error(e.getMessage(), e));
                        recordFailure = e.getLocalizedMessage();
                    }
                }
                RecordWriteBack.Report keptRecords = recordReport;
                String keptFailure = recordFailure;
                display.asyncExec(() -> done(report, keptRecords, keptFailure));
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

    private void done(ScoreWriteBack.Report report, RecordWriteBack.Report kept, String recordFailure) {
        StringBuilder text = new StringBuilder();
        boolean problems = false;
        if (report != null) {
            for (StoredRecord customer : report.written()) {
                events.post(CustomerEvents.SAVED, customer); // the navigator updates the row and regroups
            }
            text.append(NLS.bind(AnalysisUiMessages.writeBack_done, report.written().size(), report.unchanged()));
            if (!report.conflicts().isEmpty()) {
                String ids = report.conflicts().stream().limit(20).map(String::valueOf).collect(Collectors.joining(", "));
                text.append('\n').append(NLS.bind(AnalysisUiMessages.writeBack_conflicts, report.conflicts().size(), ids));
            }
            if (!report.failures().isEmpty()) {
                text.append('\n').append(NLS.bind(AnalysisUiMessages.writeBack_failures, report.failures().size(),
                        report.failures().stream().limit(5).collect(Collectors.joining("; "))));
            }
            problems = !report.conflicts().isEmpty() || !report.failures().isEmpty();
        }
        if (kept != null) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(NLS.bind(AnalysisUiMessages.writeBack_recordsDone, new Object[] { kept.tags(), kept.grades(), kept.customers(), kept.replaced() }));
            if (!kept.missing().isEmpty()) {
                text.append('\n').append(NLS.bind(AnalysisUiMessages.writeBack_failures, kept.missing().size(),
                        kept.missing().stream().limit(20).map(String::valueOf).collect(Collectors.joining(", "))));
                problems = true;
            }
            // the navigator's tag filter and the visit plan read Tag records: announce the new ones
            events.post(CustomerEvents.TAGS_CHANGED, analysisId);
        }
        if (recordFailure != null) {
            text.append(text.length() > 0 ? "\n" : "").append(NLS.bind(AnalysisUiMessages.writeBack_failures, scores.size(), recordFailure));
            problems = true;
        }
        show(text.toString());
        if (problems) {
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
        keepRecords.setEnabled(true);
        enable();
        status.getParent().layout(true);
        status.getParent().getParent().layout(true);
    }
}
