package io.clientbench.io.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.clientbench.io.importing.ImportProgress;

/** An import's progress on a job's monitor: each phase a share of the bar, the rows done as the sub-task, cancel passed on. */
final class MonitorProgress implements ImportProgress {

    private static final int PER_PHASE = 1000;

    private final SubMonitor monitor;
    private int reported;

    /** @param phases how many of the phases will run (1 for a check, 2 for an import) */
    MonitorProgress(IProgressMonitor monitor, String task, int phases) {
        this.monitor = SubMonitor.convert(monitor, task, phases * PER_PHASE);
    }

    @Override
    public void progress(Phase phase, int done, int total) {
        int at = phase.ordinal() * PER_PHASE + (total == 0 ? PER_PHASE : (int) ((long) done * PER_PHASE / total));
        if (at > reported) {
            monitor.worked(at - reported);
            reported = at;
        }
        monitor.subTask(IoUiMessages.format(phase == Phase.CHECKING ? IoUiMessages.import_checking : IoUiMessages.import_writing, done, total));
    }

    @Override
    public boolean isCanceled() {
        return monitor.isCanceled();
    }
}
