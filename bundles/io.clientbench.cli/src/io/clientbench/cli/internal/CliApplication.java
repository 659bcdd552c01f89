package io.clientbench.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.DataLocation;

/**
 * {@code clientbench-cli} ({@code -application io.clientbench.cli}): the headless command line. Finds the schema and
 * analysis registries (DS services that need no database) and hands the words after the launcher's own to {@link Cli}. The exit code is the command's.
 */
public final class CliApplication implements IApplication {

    /** SCR may still be activating the registries when the application starts. */
    private static final long SERVICE_WAIT_MS = 30_000;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        context.applicationRunning();
        String[] words = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        Locale locale = Locale.forLanguageTag(Platform.getNL().replace('_', '-'));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        BundleContext bundles = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
        SchemaRegistry schemas = await(bundles, SchemaRegistry.class, SERVICE_WAIT_MS);
        AnalysisRegistry analyses = await(bundles, AnalysisRegistry.class, SERVICE_WAIT_MS);
        if (schemas == null || analyses == null) {
            err.println(CliMessages.format(locale, "noServices"));
            return Cli.FAILED;
        }
        Cli cli = new Cli(schemas, analyses, out, err, locale, DataLocation.dataFolder());
        try {
            return cli.run(List.copyOf(Arrays.asList(words)));
        } catch (RuntimeException e) {
            // a bug, not bad input: logged with its trace, said in one line, and a failure so that a scheduled job never
            // mistakes it for success
            org.eclipse.core.runtime.ILog.of(CliApplication.class).error(e.toString(), e);
            err.println(e);
            return Cli.FAILED;
        }
    }

    /** The service, waiting up to {@code millis} (0: only if already there). The tracker stays open while we run. */
    private static <T> T await(BundleContext context, Class<T> type, long millis) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        return millis > 0 ? tracker.waitForService(millis) : tracker.getService();
    }

    @Override
    public void stop() {
        // a command runs to its end: an import is one transaction that commits or rolls back whole
    }
}
