package io.clientbench.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EPackage;

import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaPack;
import io.clientbench.model.SchemaRegistry;

/**
 * The {@link SchemaRegistry} service: the base package of this bundle merged with every pack contributed through
 * {@value SchemaPackDescriptor#EXTENSION_POINT}. A pack that cannot be loaded or merged is logged and left out; it
 * never stops the others.
 */
public class ExtensionSchemaRegistry implements SchemaRegistry {

    static final String BASE_ECORE = "/model/customer.ecore";
    private static final ILog LOG = ILog.of(ExtensionSchemaRegistry.class);

    private EPackage base;
    private List<SchemaPack> packs;
    private SchemaOverlay overlay = SchemaOverlay.empty();
    private MergedSchema schema;

    @Override
    public synchronized MergedSchema schema() {
        if (schema == null) {
            schema = preview(overlay);
            schema.problems().forEach(problem -> LOG.log(Status.warning(problem)));
        }
        return schema;
    }

    @Override
    public synchronized MergedSchema preview(SchemaOverlay candidate) {
        if (base == null) {
            base = loadBase();
            packs = loadPacks();
        }
        return SchemaMerger.merge(base, packs, candidate);
    }

    @Override
    public synchronized void useOverlay(SchemaOverlay newOverlay) {
        overlay = newOverlay;
        schema = null;
    }

    /** The base customer package shipped in this bundle. */
    public static EPackage loadBase() {
        try (InputStream in = ExtensionSchemaRegistry.class.getResourceAsStream(BASE_ECORE)) {
            if (in == null) {
                throw new IOException("missing " + BASE_ECORE);
            }
            return EcoreLoader.load("io.clientbench.model" + BASE_ECORE, in);
        } catch (IOException e) {
            throw new IllegalStateException("The base customer schema cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<SchemaPack> loadPacks() {
        List<SchemaPack> packs = new ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor(SchemaPackDescriptor.EXTENSION_POINT)) {
            if (!SchemaPackDescriptor.ELEMENT_PACK.equals(element.getName())) {
                continue;
            }
            SchemaPackDescriptor descriptor = new SchemaPackDescriptor(element);
            try {
                packs.add(descriptor.load());
            } catch (IOException | RuntimeException e) {
                LOG.log(Status.error("Schema pack " + descriptor.id() + " of " + descriptor.contributor()
                        + " cannot be loaded and is left out: " + e.getMessage(), e));
            }
        }
        return packs;
    }
}
