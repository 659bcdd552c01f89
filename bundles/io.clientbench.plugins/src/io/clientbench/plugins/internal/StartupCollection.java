package io.clientbench.plugins.internal;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.osgi.util.NLS;

import io.clientbench.plugins.PluginException;
import io.clientbench.plugins.PluginManager;

/**
 * Immediate DS component (OSGI-INF/io.clientbench.plugins.internal.StartupCollection.xml) that finishes at start-up
 * what the last uninstall or update could not: the jars of plugins that were running then. It does nothing unless
 * {@link UnusedArtifacts} marked a collection, so a normal start costs one file check. It runs before the application
 * (while the framework starts), so no plugin operation can run beside it, and needs p2's garbage collector service,
 * which the component's reference waits for. A failure is logged and never stops the start.
 */
public final class StartupCollection {

    private static final ILog LOG = ILog.of(StartupCollection.class);

    void activate() {
        if (!UnusedArtifacts.pending()) {
            return;
        }
        try {
            List<IArtifactKey> left = PluginManager.forRunningProduct().collectUnused();
            if (!left.isEmpty()) {
                // still held after a restart: not ours to force; keeping the mark would only retry at every start
                LOG.warn(NLS.bind(PluginMessages.notCollected, left));
                UnusedArtifacts.setPending(false);
            }
        } catch (PluginException e) {
            LOG.log(e.status());
            UnusedArtifacts.setPending(false);
        } catch (RuntimeException e) {
            LOG.error(PluginMessages.noCollector, e);
            UnusedArtifacts.setPending(false);
        }
    }
}
