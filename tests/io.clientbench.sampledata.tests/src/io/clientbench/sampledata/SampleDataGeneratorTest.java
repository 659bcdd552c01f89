package io.clientbench.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.core.validation.RecordValidator;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.StoredRecord;
import io.clientbench.store.internal.EmbeddedDerbyDatabase;
import io.clientbench.store.internal.JdbcSchemaStore;
import io.clientbench.store.internal.JpaRecordRepository;

class SampleDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    @Test
    void generatesValidCustomersContactsAndThreeYearsOfDeals() throws Exception {
        var tracker = new ServiceTracker<SchemaRegistry, SchemaRegistry>(
                FrameworkUtil.getBundle(SampleDataGeneratorTest.class).getBundleContext(), SchemaRegistry.class, null);
        tracker.open();
        SchemaRegistry registry = tracker.waitForService(10_000);
        tracker.close();
        MergedSchema schema = registry.schema();
        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(folder);
        JpaRecordRepository repository = new JpaRecordRepository(database, registry);
        try {
            new JdbcSchemaStore(database).migrate(schema);
            SampleDataGenerator.Summary summary = new SampleDataGenerator(3, TODAY).generate(repository, 300, 4, 100);
            assertEquals(300, summary.customers());
            assertEquals(300, summary.contacts());
            assertTrue(summary.deals() > 600 && summary.deals() < 1800, "about 4 deals per customer: " + summary.deals());

            List<StoredRecord> customers = repository.findAll("Customer");
            assertEquals(300, customers.size());
            assertTrue(customers.stream().allMatch(c -> ((String) c.values().get("fullName")).endsWith("公司")));
            RecordValidator validator = new RecordValidator(schema.customer());
            for (StoredRecord customer : customers.subList(0, 20)) {
                Map<String, String> input = new java.util.HashMap<>();
                customer.values().forEach((k, v) -> input.put(k, String.valueOf(v)));
                var result = validator.validate((String) customer.values().get("fullName"), input);
                assertTrue(result.isValid(), result.violations().stream().map(v -> v.message(Locale.ENGLISH)).toList().toString());
            }
            List<StoredRecord> deals = repository.findAll("Deal");
            assertTrue(deals.stream().map(d -> (LocalDate) d.values().get("date"))
                    .allMatch(d -> !d.isAfter(TODAY) && d.isAfter(TODAY.minusYears(3).minusDays(1))));

            int invitations = new SampleDataGenerator(3, TODAY).generateActivities(repository);
            List<StoredRecord> activities = repository.findAll("Activity");
            assertEquals(2, activities.size());
            java.util.Map<Long, String> classes = new java.util.HashMap<>();
            customers.forEach(c -> classes.put(c.id(), String.valueOf(c.values().get("customerClass"))));
            long roadshow = activities.stream().filter(a -> "customerClass:B".equals(a.values().get("targetSegment"))).findFirst().orElseThrow().id();
            List<StoredRecord> list = repository.findByOwner("Invitation", roadshow);
            assertEquals(24, list.size(), "22 class-B customers and 2 of class C (300 customers have enough of both)");
            assertEquals(22, list.stream().filter(i -> "B".equals(classes.get((Long) i.values().get("customer")))).count(),
                    "the invitation's customer reference points at stored customers");
            assertEquals(24 + 15, invitations);
        } finally {
            repository.close();
            database.close();
        }
    }
}
