package io.clientbench.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisDescriptor;
import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.Dataset;

/**
 * The {@link AnalysisRegistry} service over the extension registry. Descriptors are read once at activation and again
 * when bundles contributing analyses come or go (a plugin installed at run time); an analysis's class is created on
 * its first computation. Whatever a contribution throws is logged through this bundle's log and turns into a disabled
 * descriptor, never into an exception for the caller: one broken plugin must not take the workbench down.
 */
public class ExtensionAnalysisRegistry implements AnalysisRegistry, IRegistryEventListener {

    private static final ILog LOG = ILog.of(ExtensionAnalysisRegistry.class);

    /** A descriptor with its declaration and, once created, its instance. */
    private static final class Entry {
        final IConfigurationElement element;
        volatile AnalysisDescriptor descriptor;
        Analysis instance;

        Entry(IConfigurationElement element, AnalysisDescriptor descriptor) {
            this.element = element;
            this.descriptor = descriptor;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private IExtensionRegistry registry;

    public void activate() {
        registry = Platform.getExtensionRegistry();
        registry.addListener(this, EXTENSION_POINT);
        reload();
    }

    public void deactivate() {
        registry.removeListener(this);
        synchronized (entries) {
            entries.clear();
        }
    }

    @Override
    public List<AnalysisDescriptor> analyses() {
        synchronized (entries) {
            return entries.values().stream().map(e -> e.descriptor).toList();
        }
    }

    @Override
    public Optional<AnalysisDescriptor> analysis(String id) {
        return entry(id).map(e -> e.descriptor);
    }

    @Override
    public List<String> requiredFields() {
        Set<String> fields = new LinkedHashSet<>();
        analyses().stream().filter(AnalysisDescriptor::enabled).forEach(d -> fields.addAll(d.requiredFields()));
        return List.copyOf(fields);
    }

    @Override
    public Outcome compute(String analysisId, Dataset dataset, Parameters parameters) {
        Optional<Entry> found = entry(analysisId);
        if (found.isEmpty()) {
            return new Outcome(analysisId, null, NLS.bind(AnalysisMessages.unknownAnalysis, analysisId));
        }
        Entry entry = found.get();
        AnalysisDescriptor descriptor = entry.descriptor;
        if (!descriptor.enabled()) {
            return problem(descriptor, NLS.bind(AnalysisMessages.disabled, descriptor.label(), descriptor.status().reason()));
        }
        for (String field : descriptor.requiredFields()) {
            if (!dataset.hasField(field)) {
                return problem(descriptor, NLS.bind(AnalysisMessages.missingField, field));
            }
        }
        if (!parameters.belongTo(descriptor)) { // the caller's mistake: it must not disable the analysis
            return problem(descriptor, NLS.bind(AnalysisMessages.otherParameters, descriptor.label()));
        }
        List<String> invalid = parameters.problems();
        if (!invalid.isEmpty()) {
            return problem(descriptor, String.join("\n", invalid));
        }
        Analysis analysis = instance(entry);
        if (analysis == null) {
            return problem(entry.descriptor, NLS.bind(AnalysisMessages.disabled, descriptor.label(), entry.descriptor.status().reason()));
        }
        dataset.readLock().lock();
        try {
            AnalysisResult result = analysis.compute(dataset, parameters);
            if (result == null) {
                return problem(disable(entry, AnalysisMessages.noResult, null), AnalysisMessages.noResult);
            }
            return new Outcome(analysisId, result, null);
        } catch (Throwable e) { // a plugin's failure, whatever it is, stays with the plugin
            String reason = NLS.bind(AnalysisMessages.computeFailed, e);
            return problem(disable(entry, reason, e), reason);
        } finally {
            dataset.readLock().unlock();
        }
    }

    /** The analysis's instance, created on first use; null (and the entry disabled) when it cannot be. */
    private Analysis instance(Entry entry) {
        synchronized (entry) {
            if (entry.instance == null && entry.descriptor.enabled()) {
                try {
                    Object created = entry.element.createExecutableExtension(AnalysisExtensionReader.ATTR_CLASS);
                    if (created instanceof Analysis analysis) {
                        entry.instance = analysis;
                    } else {
                        disable(entry, NLS.bind(AnalysisMessages.notAnAnalysis, created.getClass().getName()), null);
                    }
                } catch (Throwable e) { // CoreException, but also a LinkageError or a constructor's RuntimeException
                    disable(entry, NLS.bind(AnalysisMessages.creationFailed, rootMessage(e)), e);
                }
            }
            return entry.instance;
        }
    }

    private AnalysisDescriptor disable(Entry entry, String reason, Throwable cause) {
        AnalysisDescriptor descriptor;
        synchronized (entry) {
            descriptor = entry.descriptor.withStatus(AnalysisDescriptor.Status.disabled(reason));
            entry.descriptor = descriptor;
            entry.instance = null;
        }
        LOG.log(Status.error(NLS.bind(AnalysisMessages.disabled, descriptor.id() + " (" + descriptor.contributor() + ")", reason), cause));
        return descriptor;
    }

    private static Outcome problem(AnalysisDescriptor descriptor, String problem) {
        return new Outcome(descriptor.id(), null, problem);
    }

    private Optional<Entry> entry(String id) {
        synchronized (entries) {
            return Optional.ofNullable(entries.get(id));
        }
    }

    /**
     * Reads every contribution again; an analysis whose declaration is unchanged keeps its instance and status, so
     * that a plugin that failed stays disabled until its bundle is updated.
     */
    private void reload() {
        List<Entry> read = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (AnalysisExtensionReader.ELEMENT_ANALYSIS.equals(element.getName())) {
                read.add(new Entry(element, AnalysisExtensionReader.read(element)));
            }
        }
        synchronized (entries) {
            Map<String, Entry> previous = new LinkedHashMap<>(entries);
            entries.clear();
            for (Entry entry : read) {
                String id = entry.descriptor.id();
                Entry taken = entries.get(id);
                if (taken != null) {
                    String reason = NLS.bind(AnalysisMessages.duplicateId, id, taken.descriptor.contributor());
                    LOG.log(Status.error(NLS.bind(AnalysisMessages.disabled, id + " (" + entry.descriptor.contributor() + ")", reason)));
                    // the first keeps the id; the duplicate stays visible under its contributor's name
                    entries.put(id + "@" + entry.descriptor.contributor(), new Entry(entry.element,
                            entry.descriptor.withStatus(AnalysisDescriptor.Status.disabled(reason))));
                    continue;
                }
                Entry old = previous.get(id);
                entries.put(id, old != null && old.element.equals(entry.element) ? old : entry);
                if (!entry.descriptor.enabled() && (old == null || !old.element.equals(entry.element))) {
                    LOG.log(Status.error(NLS.bind(AnalysisMessages.disabled, id + " (" + entry.descriptor.contributor() + ")",
                            entry.descriptor.status().reason())));
                }
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    @Override
    public void added(IExtension[] extensions) {
        reload();
    }

    @Override
    public void removed(IExtension[] extensions) {
        reload();
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
    }
}
