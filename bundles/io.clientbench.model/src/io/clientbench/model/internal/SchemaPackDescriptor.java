package io.clientbench.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

import io.clientbench.model.SchemaPack;

/** One {@code pack} element of the {@value #EXTENSION_POINT} extension point, read once. */
final class SchemaPackDescriptor {

    static final String EXTENSION_POINT = "io.clientbench.model.schemaPacks";
    static final String ELEMENT_PACK = "pack";
    static final String ATTR_ID = "id";
    static final String ATTR_ECORE = "ecore";

    private final String id;
    private final String ecorePath;
    private final String contributor;

    SchemaPackDescriptor(IConfigurationElement element) {
        this.id = element.getAttribute(ATTR_ID);
        this.ecorePath = element.getAttribute(ATTR_ECORE);
        this.contributor = element.getContributor().getName();
    }

    String id() {
        return id;
    }

    String contributor() {
        return contributor;
    }

    /** Loads the pack's package from the contributing bundle. */
    SchemaPack load() throws IOException {
        if (id == null || ecorePath == null) {
            throw new IOException("a pack of " + contributor + " lacks its id or ecore attribute");
        }
        Bundle bundle = Platform.getBundle(contributor);
        URL entry = bundle == null ? null : bundle.getEntry(ecorePath);
        if (entry == null) {
            throw new IOException(contributor + " has no " + ecorePath);
        }
        try (InputStream in = entry.openStream()) {
            var ePackage = EcoreLoader.load(contributor + "/" + ecorePath, in);
            return new SchemaPack(id, SchemaAnnotations.label(ePackage, id),
                    SchemaAnnotations.set(ePackage, SchemaAnnotations.INDUSTRIES), ePackage);
        }
    }
}
