package io.clientbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.sampledata.SampleDataGenerator;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.internal.EmbeddedDerbyDatabase;
import io.clientbench.store.internal.JdbcSchemaStore;
import io.clientbench.store.internal.JpaRecordRepository;

/**
 * The store's budget figures, measured against raw JDBC on the same machine in the same run: insert N customers
 * (same generated rows, 10k per transaction), load all N, 1,000 point lookups. Medians of several runs, each on fresh
 * databases. Writes {@code target/bench/results.md}. Run with {@code -Dbench} (BENCHMARKS.md).
 */
class StoreBench {

    private static final int CHUNK = 10_000;
    private static final int LOOKUPS = 1_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void insertLoadAndLookUpCustomers() throws Exception {
        int customers = Integer.getInteger("bench.customers", 100_000);
        int runs = Integer.getInteger("bench.runs", 3);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        MergedSchema schema = schema();
        List<Map<String, Object>> rows = new ArrayList<>();
        SampleDataGenerator generator = new SampleDataGenerator(7, TODAY);
        for (int i = 0; i < customers; i++) {
            rows.add(generator.customer(i));
        }
        List<String> fields = new ArrayList<>(new TreeSet<>(rows.get(0).keySet()));

        List<Double> jdbcInsert = new ArrayList<>(), storeInsert = new ArrayList<>(), jdbcLoad = new ArrayList<>(),
                storeLoad = new ArrayList<>(), jdbcLookup = new ArrayList<>(), storeLookup = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            EmbeddedDerbyDatabase raw = fresh(out.resolve("run" + run + "-jdbc"), schema);
            try {
                jdbcInsert.add(time(() -> insertWithJdbc(raw, fields, rows, CHUNK)));
                jdbcLookup.add(time(() -> lookUpWithJdbc(raw, customers)) / LOOKUPS * 1e6);
                jdbcLoad.add(time(() -> assertEquals(customers, loadWithJdbc(raw, fields))));
            } finally {
                raw.close();
            }
            EmbeddedDerbyDatabase stored = fresh(out.resolve("run" + run + "-store"), schema);
            JpaRecordRepository repository = new JpaRecordRepository(stored, new FixedSchema(schema));
            try {
                repository.find("Customer", 0); // start EclipseLink outside the timing: once per workbench session
                storeInsert.add(time(() -> {
                    for (int start = 0; start < customers; start += CHUNK) {
                        repository.createAll("Customer", rows.subList(start, Math.min(customers, start + CHUNK)));
                    }
                }));
                Random random = new Random(run);
                storeLookup.add(time(() -> {
                    for (int i = 0; i < LOOKUPS; i++) {
                        assertNotNull(repository.find("Customer", 1 + random.nextInt(customers)).orElseThrow());
                    }
                }) / LOOKUPS * 1e6);
                storeLoad.add(time(() -> assertEquals(customers, repository.findAll("Customer").size())));
            } finally {
                repository.close();
                stored.close();
            }
        }
        String report = String.format(Locale.ROOT, """
                | %,d customers, median of %d runs | raw JDBC | store (EclipseLink) | store / JDBC |
                |---|---:|---:|---:|
                | insert, 10k per transaction | %.2f s | %.2f s | %.2f× (budget ≤ 1.5×) |
                | load all | %.2f s | %.2f s | %.2f× |
                | point lookup | %.0f µs | %.0f µs | %.2f× |
                """, customers, runs, median(jdbcInsert), median(storeInsert), median(storeInsert) / median(jdbcInsert),
                median(jdbcLoad), median(storeLoad), median(storeLoad) / median(jdbcLoad),
                median(jdbcLookup), median(storeLookup), median(storeLookup) / median(jdbcLookup));
        Files.createDirectories(out);
        Files.writeString(out.resolve("results-store.md"), report + "\nruns (s): jdbc insert " + jdbcInsert + ", store insert " + storeInsert + "\n");
        System.out.println(report);
    }

    interface Timed {
        void run() throws Exception;
    }

    /** Seconds the work took. */
    static double time(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static EmbeddedDerbyDatabase fresh(Path folder, MergedSchema schema) throws Exception {
        if (Files.exists(folder)) {
            try (var old = Files.walk(folder)) {
                for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(folder);
        new JdbcSchemaStore(database).migrate(schema);
        return database;
    }

    /** Raw JDBC: one batched INSERT with explicit ids, committed every {@code commitEvery} rows and at the end. */
    static void insertWithJdbc(EmbeddedDerbyDatabase database, List<String> fields, List<Map<String, Object>> rows, int commitEvery)
            throws Exception {
        String columns = String.join(", ", fields.stream().map(SchemaStore::column).toList());
        String marks = String.join(", ", fields.stream().map(f -> "?").toList());
        try (Connection c = database.connect();
                PreparedStatement insert = c.prepareStatement("INSERT INTO CB_CUSTOMER (ID, VERSION, " + columns + ") VALUES (?, 1, " + marks + ")")) {
            for (int i = 0; i < rows.size(); i++) {
                insert.setLong(1, i + 1);
                for (int f = 0; f < fields.size(); f++) {
                    insert.setObject(f + 2, jdbcValue(rows.get(i).get(fields.get(f))));
                }
                insert.addBatch();
                if ((i + 1) % CHUNK == 0 || i == rows.size() - 1) {
                    insert.executeBatch();
                }
                if ((i + 1) % commitEvery == 0 || i == rows.size() - 1) {
                    c.commit();
                }
            }
        }
    }

    private static Object jdbcValue(Object value) {
        return switch (value) {
            case LocalDate date -> Date.valueOf(date);
            case LocalDateTime time -> Timestamp.valueOf(time);
            default -> value;
        };
    }

    private static void lookUpWithJdbc(EmbeddedDerbyDatabase database, int customers) throws Exception {
        Random random = new Random(1);
        try (Connection c = database.connect(); PreparedStatement find = c.prepareStatement("SELECT * FROM CB_CUSTOMER WHERE ID = ?")) {
            for (int i = 0; i < LOOKUPS; i++) {
                find.setLong(1, 1 + random.nextInt(customers));
                try (ResultSet rs = find.executeQuery()) {
                    rs.next();
                }
            }
        }
    }

    private static int loadWithJdbc(EmbeddedDerbyDatabase database, List<String> fields) throws Exception {
        int count = 0;
        try (Connection c = database.connect(); PreparedStatement all = c.prepareStatement("SELECT * FROM CB_CUSTOMER");
                ResultSet rs = all.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                count++;
            }
        }
        return count;
    }

    static MergedSchema schema() throws InterruptedException {
        return registry().schema();
    }

    static SchemaRegistry registry() throws InterruptedException {
        var tracker = new ServiceTracker<SchemaRegistry, SchemaRegistry>(
                FrameworkUtil.getBundle(StoreBench.class).getBundleContext(), SchemaRegistry.class, null);
        tracker.open();
        SchemaRegistry registry = tracker.waitForService(10_000);
        tracker.close();
        return registry;
    }

    /** The schema as measured, for the repository. */
    record FixedSchema(MergedSchema schema) implements SchemaRegistry {
        @Override
        public MergedSchema preview(io.clientbench.model.SchemaOverlay overlay) {
            return schema;
        }

        @Override
        public void useOverlay(io.clientbench.model.SchemaOverlay overlay) {
        }
    }
}
