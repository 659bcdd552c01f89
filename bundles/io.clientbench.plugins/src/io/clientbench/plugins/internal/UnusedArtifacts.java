package io.clientbench.plugins.internal;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.ArtifactKeyQuery;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Deletes what an uninstall or update left in the product's bundle pool (the jars in {@code plugins/}, feature jars in
 * {@code features/}) with p2's own garbage collector, which keeps every artifact of every unit of every profile (so
 * the product's own jars are never touched) and, in the running product, every bundle the running framework was
 * started with. A plugin that ran in this session therefore stays until the next start, where
 * {@link StartupCollection} collects again, as the Eclipse SDK does with its "collect on start-up" preference. A marker
 * file in the configuration area ({@value #PENDING}) says that something is left for that start, so that other starts
 * cost nothing.
 */
public final class UnusedArtifacts {

    static final String PENDING = "io.clientbench.plugins/collect-unused";

    private static final ILog LOG = ILog.of(UnusedArtifacts.class);

    private UnusedArtifacts() {
    }

    /**
     * Runs p2's garbage collector on the profile's bundle pool, then marks a collection for the next start when
     * unreferenced artifacts are left (those the running framework still holds) and clears the mark otherwise.
     *
     * @return the artifacts left for the next start; empty when the bundle pool holds only referenced artifacts
     */
    public static List<IArtifactKey> collect(IProvisioningAgent agent, IProfile profile) throws ProvisionException {
        GarbageCollector collector = agent.getService(GarbageCollector.class);
        if (collector == null) {
            throw new ProvisionException(PluginMessages.noCollector);
        }
        collector.runGC(profile);
        List<IArtifactKey> left = unreferenced(agent, profile);
        setPending(!left.isEmpty());
        return left;
    }

    /** The artifacts of the profile's bundle pool that no unit of any profile of the agent needs. */
    public static List<IArtifactKey> unreferenced(IProvisioningAgent agent, IProfile profile) throws ProvisionException {
        String pool = profile.getProperty(IProfile.PROP_CACHE);
        if (pool == null) {
            pool = profile.getProperty(IProfile.PROP_INSTALL_FOLDER);
        }
        IArtifactRepositoryManager repositories = agent.getService(IArtifactRepositoryManager.class);
        IProfileRegistry profiles = agent.getService(IProfileRegistry.class);
        if (pool == null || repositories == null || profiles == null) {
            return List.of();
        }
        IArtifactRepository bundlePool = repositories.loadRepository(new File(pool).toURI(), null);
        Set<IArtifactKey> referenced = new HashSet<>();
        for (IProfile each : profiles.getProfiles()) {
            for (IInstallableUnit unit : each.query(QueryUtil.createIUAnyQuery(), null)) {
                referenced.addAll(unit.getArtifacts());
            }
        }
        return bundlePool.query(ArtifactKeyQuery.ALL_KEYS, null).stream().filter(key -> !referenced.contains(key)).toList();
    }

    /** Whether an earlier uninstall or update left artifacts for this start to collect. */
    static boolean pending() {
        Path marker = marker();
        return marker != null && Files.exists(marker);
    }

    static void setPending(boolean pending) {
        Path marker = marker();
        if (marker == null) {
            return;
        }
        try {
            if (pending) {
                Files.createDirectories(marker.getParent());
                Files.writeString(marker, "");
            } else {
                Files.deleteIfExists(marker);
            }
        } catch (IOException e) {
            LOG.warn(marker.toString(), e);
        }
    }

    /** The marker in the configuration area, or null without one (a framework not started by Eclipse). */
    private static Path marker() {
        Location configuration = Platform.getConfigurationLocation();
        if (configuration == null || configuration.getURL() == null) {
            return null;
        }
        try {
            return Path.of(URIUtil.toURI(configuration.getURL())).resolve(PENDING);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
