package io.clientbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.clientbench.core.navigator.CustomerNavigator;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.MergedSchema;
import io.clientbench.privacy.MaskingRecordRepository;
import io.clientbench.privacy.Role;
import io.clientbench.privacy.RolePasswords;
import io.clientbench.privacy.internal.DefaultRoleSession;
import io.clientbench.sampledata.SampleDataGenerator;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.internal.EmbeddedDerbyDatabase;
import io.clientbench.store.internal.JpaRecordRepository;

/**
 * What masking costs the views' loads: the navigator's scan of N customers and a scan of every text field of their
 * contacts, through the store directly, through the masking repository as admin (nothing masked) and as sales (names,
 * phones, e-mail/QQ masked, free texts scrubbed of phone numbers). Medians, to {@code target/bench/results-privacy.md}.
 */
class PrivacyBench {

    @Test
    void scansThroughTheMaskingRepository() throws Exception {
        int customers = Integer.getInteger("bench.customers", 100_000);
        int runs = Integer.getInteger("bench.runs", 3);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        MergedSchema schema = StoreBench.schema();
        EntitySchema customer = schema.customer();
        EntitySchema contact = schema.entity("Contact").orElseThrow();
        EmbeddedDerbyDatabase database = StoreBench.fresh(out.resolve("privacy"), schema);
        JpaRecordRepository store = new JpaRecordRepository(database, new StoreBench.FixedSchema(schema));
        DefaultRoleSession session = new DefaultRoleSession(new NoPasswords());
        RecordRepository masking = new MaskingRecordRepository(store, () -> schema, session);
        List<String> navigatorFields = CustomerNavigator.fieldsToLoad(customer, CustomerNavigator.DEFAULT_COLUMNS);
        List<String> contactFields = contact.fields().stream().filter(f -> f.kind().isValue()).map(FieldDescriptor::name).toList();
        List<Double> rawCustomers = new ArrayList<>(), adminCustomers = new ArrayList<>(), salesCustomers = new ArrayList<>();
        List<Double> rawContacts = new ArrayList<>(), adminContacts = new ArrayList<>(), salesContacts = new ArrayList<>();
        int[] rows = new int[1];
        try {
            new SampleDataGenerator(13, LocalDate.of(2026, 11, 23)).generate(store, customers, 0, 10_000);
            for (int run = 0; run < runs; run++) {
                session.switchTo(Role.ADMIN, "bench", null, false);
                rawCustomers.add(StoreBench.time(() -> store.scan("Customer", navigatorFields, (id, v, values) -> rows[0]++)));
                adminCustomers.add(StoreBench.time(() -> masking.scan("Customer", navigatorFields, (id, v, values) -> rows[0]++)));
                rawContacts.add(StoreBench.time(() -> store.scan("Contact", contactFields, (id, v, values) -> rows[0]++)));
                adminContacts.add(StoreBench.time(() -> masking.scan("Contact", contactFields, (id, v, values) -> rows[0]++)));
                session.switchTo(Role.SALES, "bench", null, false);
                salesCustomers.add(StoreBench.time(() -> masking.scan("Customer", navigatorFields, (id, v, values) -> rows[0]++)));
                int mobile = contactFields.indexOf("mobile");
                int[] masked = new int[1];
                salesContacts.add(StoreBench.time(() -> masking.scan("Contact", contactFields, (id, v, values) -> {
                    rows[0]++;
                    if (values[mobile] instanceof String m && m.contains("****")) {
                        masked[0]++;
                    }
                })));
                assertEquals(true, masked[0] > 0, "the sales scan masked the mobiles");
            }
        } finally {
            store.close();
            database.close();
        }
        String report = String.format(Locale.ROOT, """

                | scan, %,d customers and their contacts, median of %d | store | masking, admin | masking, sales |
                |---|---:|---:|---:|
                | navigator's %d customer fields | %.0f ms | %.0f ms | %.0f ms |
                | every contact field (%d) | %.0f ms | %.0f ms | %.0f ms |
                """, customers, runs, navigatorFields.size(), StoreBench.median(rawCustomers) * 1000, StoreBench.median(adminCustomers) * 1000,
                StoreBench.median(salesCustomers) * 1000, contactFields.size(), StoreBench.median(rawContacts) * 1000,
                StoreBench.median(adminContacts) * 1000, StoreBench.median(salesContacts) * 1000);
        Files.createDirectories(out);
        Files.writeString(out.resolve("results-privacy.md"), report);
        System.out.println(report);
    }

    private static final class NoPasswords implements RolePasswords {
        private final HashMap<Role, PasswordHash> hashes = new HashMap<>();

        @Override
        public Optional<PasswordHash> find(Role role) {
            return Optional.ofNullable(hashes.get(role));
        }

        @Override
        public void save(Role role, PasswordHash hash) {
            hashes.put(role, hash);
        }

        @Override
        public void remove(Role role) {
            hashes.remove(role);
        }
    }
}
