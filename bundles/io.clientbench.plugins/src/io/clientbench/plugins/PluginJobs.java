package io.clientbench.plugins;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.clientbench.plugins.internal.PluginMessages;

/**
 * The manager's operations as cancellable user jobs (shown in the Progress view). A job's result is an OK status with
 * the translated outcome, a CANCEL status, or an ERROR status whose message is translated and whose children carry
 * p2's details; errors are also logged. {@code done} receives the plugins concerned once the job succeeded.
 */
public final class PluginJobs {

    /** Jobs of this family install, update or uninstall: one at a time, as p2 plans against the profile as it is. */
    public static final Object FAMILY = PluginJobs.class;

    private static final ILog LOG = ILog.of(PluginJobs.class);

    private PluginJobs() {
    }

    @FunctionalInterface
    private interface Work {
        /** @return the plugins concerned and the translated outcome */
        Result run(IProgressMonitor monitor) throws PluginException;
    }

    private record Result(List<PluginFeature> plugins, String message) {
    }

    public static Job install(PluginManager manager, URI repository, Collection<String> featureIds, Consumer<List<PluginFeature>> done) {
        return job(NLS.bind(PluginMessages.job_install, String.join(", ", featureIds)), monitor -> {
            List<PluginFeature> installed = manager.install(repository, featureIds, monitor);
            return new Result(installed, NLS.bind(PluginMessages.installed, describe(installed)));
        }, done);
    }

    public static Job uninstall(PluginManager manager, List<PluginFeature> plugins, Consumer<List<PluginFeature>> done) {
        return job(NLS.bind(PluginMessages.job_uninstall, describe(plugins)), monitor -> {
            manager.uninstall(plugins.stream().map(PluginFeature::id).toList(), monitor);
            return new Result(plugins, NLS.bind(PluginMessages.uninstalled, describe(plugins)));
        }, done);
    }

    /** Updates the plugins given, or all of them when the list is empty. */
    public static Job update(PluginManager manager, List<PluginFeature> plugins, Consumer<List<PluginFeature>> done) {
        return job(PluginMessages.job_update, monitor -> {
            List<PluginFeature> updated = manager.update(plugins.stream().map(PluginFeature::id).toList(), monitor);
            return new Result(updated, updated.isEmpty() ? PluginMessages.upToDate : NLS.bind(PluginMessages.updated, describe(updated)));
        }, done);
    }

    /** "Name 1.0.0, Other 2.1.0". */
    public static String describe(List<PluginFeature> plugins) {
        return plugins.stream().map(p -> p.name() + " " + p.version()).collect(Collectors.joining(", "));
    }

    private static Job job(String name, Work work, Consumer<List<PluginFeature>> done) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Result result = work.run(monitor);
                    if (done != null) {
                        done.accept(result.plugins());
                    }
                    return new Status(IStatus.OK, PluginManager.PLUGIN_ID, result.message());
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (PluginException e) {
                    LOG.log(e.status());
                    return e.status();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.setRule(PluginRule.INSTANCE);
        return job;
    }
}
