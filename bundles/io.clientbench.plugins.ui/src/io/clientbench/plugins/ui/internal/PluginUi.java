package io.clientbench.plugins.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import io.clientbench.plugins.PluginException;
import io.clientbench.plugins.PluginFeature;
import io.clientbench.plugins.PluginManager;

/** What both dialogs share: the manager of the running product, widget ids, and the end of a plugin job. */
final class PluginUi {

    static final String INSTALL_LOCATION = "plugins.install.location";
    static final String INSTALL_FOLDER = "plugins.install.folder";
    static final String INSTALL_ARCHIVE = "plugins.install.archive";
    static final String INSTALL_FEATURES = "plugins.install.features";
    static final String MANAGE_TABLE = "plugins.manage.table";
    static final String MANAGE_UPDATE = "plugins.manage.update";
    static final String MANAGE_UPDATE_ALL = "plugins.manage.updateAll";
    static final String MANAGE_UNINSTALL = "plugins.manage.uninstall";

    private PluginUi() {
    }

    /** The running product's manager, or empty after telling the user why there is none (a development launch). */
    static Optional<PluginManager> manager(Shell shell) {
        try {
            return Optional.of(PluginManager.forRunningProduct());
        } catch (PluginException e) {
            ErrorDialog.openError(shell, UiMessages.error_title, null, e.status());
            return Optional.empty();
        }
    }

    /**
     * Runs a plugin job and, when it changed something, offers the restart that puts the change in force. Errors are
     * shown by the workbench (a user job's error status opens the error dialog) and logged by the job.
     */
    static void schedule(Job job, boolean[] changed) {
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus result = event.getResult();
                if (!result.isOK() || PlatformUI.getWorkbench().isClosing()) {
                    return;
                }
                Display display = PlatformUI.getWorkbench().getDisplay();
                display.asyncExec(() -> {
                    Shell shell = display.getActiveShell();
                    if (changed[0]) {
                        if (MessageDialog.openQuestion(shell, UiMessages.restart_title, NLS.bind(UiMessages.restart_question, result.getMessage()))) {
                            PlatformUI.getWorkbench().restart();
                        }
                    } else {
                        MessageDialog.openInformation(shell, UiMessages.done_title, result.getMessage());
                    }
                });
            }
        });
        job.schedule();
    }

    /** A job's done callback that records whether the plugins changed (an update may find nothing). */
    static Consumer<List<PluginFeature>> recordChange(boolean[] changed) {
        return plugins -> changed[0] = !plugins.isEmpty();
    }
}
