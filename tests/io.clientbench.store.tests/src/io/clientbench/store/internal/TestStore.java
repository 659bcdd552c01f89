package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.model.SchemaRegistry;

/** A fresh embedded database in a folder, migrated to the running schema, with a repository on it. */
final class TestStore implements AutoCloseable {

    final EmbeddedDerbyDatabase database;
    final JpaRecordRepository repository;

    TestStore(Path folder) throws Exception {
        SchemaRegistry registry = registry();
        database = new EmbeddedDerbyDatabase(folder);
        new JdbcSchemaStore(database).migrate(registry.schema());
        repository = new JpaRecordRepository(database, registry);
    }

    /** The running SchemaRegistry service (base model and both industry packs). */
    static SchemaRegistry registry() throws InterruptedException {
        var tracker = new ServiceTracker<SchemaRegistry, SchemaRegistry>(
                FrameworkUtil.getBundle(TestStore.class).getBundleContext(), SchemaRegistry.class, null);
        tracker.open();
        try {
            SchemaRegistry registry = tracker.waitForService(10_000);
            assertNotNull(registry, "SchemaRegistry service");
            return registry;
        } finally {
            tracker.close();
        }
    }

    @Override
    public void close() {
        repository.close();
        database.close();
    }
}
