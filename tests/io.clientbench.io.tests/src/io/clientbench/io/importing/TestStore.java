package io.clientbench.io.importing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.StoreException;
import io.clientbench.store.internal.EmbeddedDerbyDatabase;
import io.clientbench.store.internal.JdbcSchemaStore;
import io.clientbench.store.internal.JpaRecordRepository;

/** An embedded Derby database with the merged schema's tables, as the store's own tests make one. */
final class TestStore implements AutoCloseable {

    final MergedSchema schema;
    final EmbeddedDerbyDatabase database;
    final JpaRecordRepository repository;

    TestStore(Path folder) throws Exception {
        var tracker = new ServiceTracker<SchemaRegistry, SchemaRegistry>(FrameworkUtil.getBundle(TestStore.class).getBundleContext(),
                SchemaRegistry.class, null);
        tracker.open();
        SchemaRegistry registry = tracker.waitForService(10_000);
        tracker.close();
        assertNotNull(registry, "the schema registry service");
        schema = registry.schema();
        database = new EmbeddedDerbyDatabase(folder);
        new JdbcSchemaStore(database).migrate(schema);
        repository = new JpaRecordRepository(database, registry);
    }

    /** Every record's values of some fields, by id in ascending order (null for empty fields). */
    Map<Long, List<Object>> rows(String entity, String... fields) throws StoreException {
        Map<Long, List<Object>> rows = new java.util.TreeMap<>();
        repository.scan(entity, List.of(fields), (id, version, values) -> rows.put(id, new ArrayList<>(java.util.Arrays.asList(values))));
        return rows;
    }

    /** Field → value of the record whose {@code field} is {@code value}. */
    Map<String, Object> find(String entity, String field, Object value) throws StoreException {
        for (var record : repository.findAll(entity)) {
            if (value.equals(record.values().get(field))) {
                return new LinkedHashMap<>(record.values());
            }
        }
        throw new AssertionError("no " + entity + " with " + field + " = " + value);
    }

    @Override
    public void close() {
        repository.close();
        database.close();
    }
}
