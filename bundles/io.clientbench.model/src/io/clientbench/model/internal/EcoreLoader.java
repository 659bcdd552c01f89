package io.clientbench.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/** Loads an .ecore file into a dynamic EPackage (no generated code: the schema changes at run time). */
public final class EcoreLoader {

    private EcoreLoader() {
    }

    /**
     * @param name where the package comes from, for messages and as the resource's URI
     * @param in   the .ecore content (closed by the caller)
     */
    public static EPackage load(String name, InputStream in) throws IOException {
        ResourceSet resources = new ResourceSetImpl(); // resolves Ecore's data types through the global package registry
        Resource resource = new EcoreResourceFactoryImpl().createResource(URI.createURI("clientbench:/" + name));
        resources.getResources().add(resource);
        resource.load(in, Map.of());
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof EPackage ePackage)) {
            throw new IOException(name + " holds no EPackage");
        }
        EcoreUtil.resolveAll(resources);
        return ePackage;
    }
}
