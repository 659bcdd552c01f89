package io.clientbench.plugins;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.Update;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import io.clientbench.plugins.internal.PluginMessages;
import io.clientbench.plugins.internal.UnusedArtifacts;

/**
 * Installs, lists, updates and uninstalls plugins in a p2 profile, normally the running product's own
 * ({@link #forRunningProduct()}). A plugin is a feature the user installed: a root of the profile that is a feature
 * group and not the product itself, so the product's own features are never offered for uninstall. Every operation is
 * synchronous, honours the monitor's cancellation and applies from the next start (p2 rewrites bundles.info; the
 * running framework is left alone). {@link PluginJobs} wraps them as jobs for the workbench.
 */
public final class PluginManager {

    public static final String PLUGIN_ID = "io.clientbench.plugins";

    private final IProvisioningAgent agent;
    private final String profileId;
    private final ProvisioningSession session;

    public PluginManager(IProvisioningAgent agent, String profileId) {
        this.agent = agent;
        this.profileId = profileId;
        this.session = new ProvisioningSession(agent);
    }

    /**
     * The manager of the running installation: p2's current agent (registered by the p2 core bundle when it starts,
     * from {@code eclipse.p2.data.area} in config.ini) and its {@code _SELF_} profile.
     *
     * @throws PluginException when this installation has no p2 profile (a development launch, for example)
     */
    public static PluginManager forRunningProduct() throws PluginException {
        Bundle p2Core = FrameworkUtil.getBundle(IProvisioningAgent.class);
        BundleContext context = FrameworkUtil.getBundle(PluginManager.class).getBundleContext();
        try {
            if (p2Core != null && p2Core.getState() != Bundle.ACTIVE) {
                p2Core.start(Bundle.START_TRANSIENT);
            }
            Collection<ServiceReference<IProvisioningAgent>> references = context.getServiceReferences(IProvisioningAgent.class,
                    "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
            for (ServiceReference<IProvisioningAgent> reference : references) {
                IProvisioningAgent agent = context.getService(reference);
                IProfileRegistry profiles = agent == null ? null : agent.getService(IProfileRegistry.class);
                if (profiles != null && profiles.getProfile(IProfileRegistry.SELF) != null) {
                    return new PluginManager(agent, IProfileRegistry.SELF);
                }
            }
        } catch (BundleException | InvalidSyntaxException e) {
            throw new PluginException(PluginMessages.noProfile, e);
        }
        throw new PluginException(PluginMessages.noProfile, (Throwable) null);
    }

    /**
     * The repository location of a folder (a p2 repository as built) or an archive of one ({@code .zip} or
     * {@code .jar}, read in place through a {@code jar:} URI).
     */
    public static URI repositoryLocation(Path folderOrArchive) throws PluginException {
        Path path = folderOrArchive.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            return path.toUri();
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(path) && (name.endsWith(".zip") || name.endsWith(".jar"))) {
            return URI.create("jar:" + path.toUri() + "!/");
        }
        throw new PluginException(NLS.bind(PluginMessages.notRepository, path), (Throwable) null);
    }

    /** The plugins installed by the user, by name. */
    public List<PluginFeature> installed() throws PluginException {
        return installedUnits().stream().map(PluginFeature::of).sorted(Comparator.comparing(PluginFeature::name)).toList();
    }

    /**
     * The features a repository offers that are not yet installed (newest version of each; products and categories
     * left out). Loading a repository remembers it, so that {@link #update} later looks there for new versions.
     */
    public List<PluginFeature> available(URI repository, IProgressMonitor monitor) throws PluginException {
        IMetadataRepository metadata = load(repository, monitor);
        Set<String> present = profile().query(QueryUtil.createIUAnyQuery(), null).stream().map(IInstallableUnit::getId)
                .collect(Collectors.toSet());
        return metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), null).stream()
                .filter(unit -> !QueryUtil.isProduct(unit) && !present.contains(unit.getId())).map(PluginFeature::of)
                .sorted(Comparator.comparing(PluginFeature::name)).toList();
    }

    /**
     * Installs the newest version of each feature from the repository; what they require comes from the same
     * repository or is already installed.
     *
     * @return the installed plugins
     */
    public List<PluginFeature> install(URI repository, Collection<String> featureIds, IProgressMonitor monitor) throws PluginException {
        if (featureIds.isEmpty()) {
            throw new PluginException(PluginMessages.nothingToInstall, (Throwable) null);
        }
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        IMetadataRepository metadata = load(repository, progress.split(2));
        List<IInstallableUnit> units = new ArrayList<>();
        for (String featureId : featureIds) {
            String unitId = PluginFeature.unitId(featureId);
            IInstallableUnit unit = metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(unitId)), null).stream()
                    .findFirst().orElseThrow(() -> new PluginException(
                            NLS.bind(PluginMessages.featureNotFound, PluginFeature.featureId(unitId), repository), (Throwable) null));
            units.add(unit);
        }
        String names = names(units);
        InstallOperation operation = new InstallOperation(session, units);
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(repository);
        context.setArtifactRepositories(repository);
        operation.setProvisioningContext(context);
        run(operation, NLS.bind(PluginMessages.cannotInstall, names), progress.split(8));
        return units.stream().map(PluginFeature::of).toList();
    }

    /**
     * Uninstalls plugins; the product's own features are refused. Their jars are deleted now when they are not running,
     * else at the next start ({@link #collectUnused()}).
     */
    public void uninstall(Collection<String> featureIds, IProgressMonitor monitor) throws PluginException {
        List<IInstallableUnit> units = plugins(featureIds);
        UninstallOperation operation = new UninstallOperation(session, units);
        run(operation, NLS.bind(PluginMessages.cannotUninstall, names(units)), monitor);
        collectAfterChange();
    }

    /**
     * Updates plugins (all of them when none are named) to the newest versions in the repositories they were installed
     * from or any repository loaded since.
     *
     * @return the updates applied, each as the new version; empty when everything was up to date
     */
    public List<PluginFeature> update(Collection<String> featureIds, IProgressMonitor monitor) throws PluginException {
        List<IInstallableUnit> units = featureIds.isEmpty() ? installedUnits() : plugins(featureIds);
        if (units.isEmpty()) {
            return List.of();
        }
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        UpdateOperation operation = new UpdateOperation(session, units);
        operation.setProfileId(profileId);
        IStatus resolution = resolve(operation, NLS.bind(PluginMessages.cannotUpdate, names(units)), progress.split(4));
        if (resolution.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
            return List.of();
        }
        execute(operation, NLS.bind(PluginMessages.cannotUpdate, names(units)), progress.split(6));
        collectAfterChange();
        List<PluginFeature> updated = new ArrayList<>();
        for (Update update : operation.getSelectedUpdates()) {
            updated.add(PluginFeature.of(update.replacement));
        }
        return updated;
    }

    /**
     * Deletes the artifacts (plugin jars, feature jars) no unit of the profile needs any more, with p2's garbage
     * collector; the product's own and those the running framework holds are kept. Called after every uninstall and
     * update, and at the start after one that left something (the old jars of a plugin that was running then).
     *
     * @return the unreferenced artifacts left in the bundle pool (running ones); empty when none are
     */
    public List<IArtifactKey> collectUnused() throws PluginException {
        try {
            return UnusedArtifacts.collect(agent, profile());
        } catch (ProvisionException e) {
            throw new PluginException(PluginMessages.noCollector, e.getStatus());
        }
    }

    /** The change itself succeeded and applies at the next start: a failed collection is only logged. */
    private void collectAfterChange() {
        try {
            collectUnused();
        } catch (PluginException | RuntimeException e) {
            ILog.of(PluginManager.class).log(e instanceof PluginException p ? p.status()
                    : new Status(IStatus.WARNING, PLUGIN_ID, PluginMessages.noCollector, e));
        }
    }

    private List<IInstallableUnit> installedUnits() throws PluginException {
        IProfile profile = profile();
        return profile.query(new UserVisibleRootQuery(), null).stream()
                .filter(unit -> QueryUtil.isGroup(unit) && !QueryUtil.isProduct(unit)).toList();
    }

    /** The installed plugins of these ids, refusing any id that is not one. */
    private List<IInstallableUnit> plugins(Collection<String> featureIds) throws PluginException {
        List<IInstallableUnit> installed = installedUnits();
        List<IInstallableUnit> units = new ArrayList<>();
        for (String featureId : featureIds) {
            String unitId = PluginFeature.unitId(featureId);
            units.add(installed.stream().filter(unit -> unit.getId().equals(unitId)).findFirst().orElseThrow(
                    () -> new PluginException(NLS.bind(PluginMessages.notPlugin, PluginFeature.featureId(unitId)), (Throwable) null)));
        }
        return units;
    }

    private IProfile profile() throws PluginException {
        IProfileRegistry profiles = agent.getService(IProfileRegistry.class);
        IProfile profile = profiles == null ? null : profiles.getProfile(profileId);
        if (profile == null) {
            throw new PluginException(PluginMessages.noProfile, (Throwable) null);
        }
        return profile;
    }

    private IMetadataRepository load(URI repository, IProgressMonitor monitor) throws PluginException {
        IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
        try {
            IMetadataRepository loaded = metadata.loadRepository(repository, monitor);
            artifacts.addRepository(repository);
            return loaded;
        } catch (ProvisionException e) {
            throw new PluginException(NLS.bind(PluginMessages.notRepository, display(repository)), e.getStatus());
        }
    }

    private static void run(ProfileChangeOperation operation, String failure, IProgressMonitor monitor) throws PluginException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        resolve(operation, failure, progress.split(4));
        execute(operation, failure, progress.split(6));
    }

    private static IStatus resolve(ProfileChangeOperation operation, String failure, IProgressMonitor monitor) throws PluginException {
        IStatus status = operation.resolveModal(monitor);
        if (status.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (status.getSeverity() == IStatus.ERROR) {
            IStatus details = operation.getResolutionResult();
            throw new PluginException(failure, details == null ? status : details);
        }
        return status;
    }

    private static void execute(ProfileChangeOperation operation, String failure, IProgressMonitor monitor) throws PluginException {
        ProvisioningJob job = operation.getProvisioningJob(null);
        if (job == null) {
            throw new PluginException(failure, operation.getResolutionResult());
        }
        IStatus status = job.runModal(monitor);
        if (status.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (status.getSeverity() == IStatus.ERROR) {
            throw new PluginException(failure, status);
        }
    }

    private static String names(List<IInstallableUnit> units) {
        return units.stream().map(unit -> PluginFeature.of(unit).name()).collect(Collectors.joining(", "));
    }

    /** A location as the user chose it: the file, not the jar: URI around it. */
    public static String display(URI repository) {
        String text = repository.toString();
        if (text.startsWith("jar:") && text.endsWith("!/")) {
            text = text.substring(4, text.length() - 2);
        }
        try {
            return Path.of(URI.create(text)).toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return repository.toString();
        }
    }
}
