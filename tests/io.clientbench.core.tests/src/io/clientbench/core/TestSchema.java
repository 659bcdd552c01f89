package io.clientbench.core;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaRegistry;

/** The merged schema the running SchemaRegistry service gives (base model and both industry packs). */
public final class TestSchema {

    private TestSchema() {
    }

    public static MergedSchema merged() throws InterruptedException {
        return registry().schema();
    }

    /** The running SchemaRegistry service. */
    public static SchemaRegistry registry() throws InterruptedException {
        var tracker = new ServiceTracker<SchemaRegistry, SchemaRegistry>(
                FrameworkUtil.getBundle(TestSchema.class).getBundleContext(), SchemaRegistry.class, null);
        tracker.open();
        try {
            SchemaRegistry registry = tracker.waitForService(10_000);
            assertNotNull(registry, "SchemaRegistry service");
            return registry;
        } finally {
            tracker.close();
        }
    }
}
