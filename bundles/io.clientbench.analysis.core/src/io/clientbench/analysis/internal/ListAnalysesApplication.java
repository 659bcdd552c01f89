package io.clientbench.analysis.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.analysis.AnalysisDescriptor;
import io.clientbench.analysis.AnalysisRegistry;

/**
 * {@code clientbench -application io.clientbench.analysis.core.list}: prints every analysis the registry holds, one per
 * line as {@code id<TAB>enabled|disabled<TAB>contributing bundle<TAB>label[<TAB>reason]}, and exits. It shows what
 * the workbench would list without opening a window or the database: the way to check an installed plugin.
 */
public final class ListAnalysesApplication implements IApplication {

    /** The registry is a DS component: SCR may still be activating it when the application starts. */
    private static final long SERVICE_WAIT_MS = 30_000;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        context.applicationRunning();
        BundleContext bundleContext = FrameworkUtil.getBundle(ListAnalysesApplication.class).getBundleContext();
        ServiceTracker<AnalysisRegistry, AnalysisRegistry> tracker = new ServiceTracker<>(bundleContext, AnalysisRegistry.class, null);
        tracker.open();
        try {
            AnalysisRegistry registry = tracker.waitForService(SERVICE_WAIT_MS);
            if (registry == null) {
                System.err.println("No " + AnalysisRegistry.class.getName() + " service"); //$NON-NLS-1$
                return 1;
            }
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            for (AnalysisDescriptor analysis : registry.analyses()) {
                out.println(String.join("\t", analysis.id(), analysis.enabled() ? "enabled" : "disabled", analysis.contributor(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        analysis.label()) + (analysis.enabled() ? "" : "\t" + analysis.status().reason())); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return EXIT_OK;
        } finally {
            tracker.close();
        }
    }

    @Override
    public void stop() {
        // nothing to interrupt: the listing takes milliseconds
    }
}
