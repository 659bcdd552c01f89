package io.clientbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.clientbench.model.MergedSchema;
import io.clientbench.sampledata.SampleDataGenerator;
import io.clientbench.sampledata.SampleDataGenerator.Summary;
import io.clientbench.store.internal.EmbeddedDerbyDatabase;
import io.clientbench.store.internal.JpaRecordRepository;

/**
 * The benchmark database in one command: N customers (default 100k) with a contact each and on average ten deals each
 * (about 1M over three years), through the store, into {@code target/bench/sample}. Analyses and later benches use it.
 */
class SampleDataBench {

    @Test
    void generateCustomersAndDeals() throws Exception {
        int customers = Integer.getInteger("bench.customers", 100_000);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        MergedSchema schema = StoreBench.schema();
        EmbeddedDerbyDatabase database = StoreBench.fresh(out.resolve("sample"), schema);
        JpaRecordRepository repository = new JpaRecordRepository(database, new StoreBench.FixedSchema(schema));
        Summary[] summary = new Summary[1];
        double seconds;
        try {
            seconds = StoreBench.time(() -> summary[0] = new SampleDataGenerator(3, LocalDate.of(2026, 11, 23))
                    .generate(repository, customers, 10, 10_000));
        } finally {
            repository.close();
            database.close();
        }
        assertEquals(customers, summary[0].customers());
        assertTrue(summary[0].deals() > customers * 9, "about ten deals per customer: " + summary[0].deals());
        String report = String.format(Locale.ROOT, """

                | sample database | customers | contacts | deals | time |
                |---|---:|---:|---:|---:|
                | generated through the store | %,d | %,d | %,d | %.1f s |
                """, summary[0].customers(), summary[0].contacts(), summary[0].deals(), seconds);
        Files.createDirectories(out);
        Files.writeString(out.resolve("results-sample.md"), report);
        System.out.println(report);
    }
}
