package io.clientbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.clientbench.core.navigator.ValueText;
import io.clientbench.io.CsvReader;
import io.clientbench.io.CsvWriter;
import io.clientbench.io.SourceTable;
import io.clientbench.io.importing.ImportMode;
import io.clientbench.io.importing.ImportProfile;
import io.clientbench.io.importing.ImportProgress;
import io.clientbench.io.importing.ImportReport;
import io.clientbench.io.importing.Importer;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.MergedSchema;
import io.clientbench.sampledata.SampleDataGenerator;
import io.clientbench.store.internal.EmbeddedDerbyDatabase;
import io.clientbench.store.internal.JpaRecordRepository;

/**
 * Issue 7's budget: importing N customers from a CSV file (read, detect, map, validate every row, write one
 * transaction the store keeps for undo) within 1.5× of a raw JDBC batch insert of the same, already typed rows in one
 * transaction into the same kind of database. The CSV is what an export of the generated customers looks like (Chinese
 * headers, value lists by their labels). Medians of several runs on fresh databases; {@code target/bench/results-import.md}.
 */
class ImportBench {

    @Test
    void importCustomersFromCsvAgainstRawJdbc() throws Exception {
        int customers = Integer.getInteger("bench.customers", 100_000);
        int runs = Integer.getInteger("bench.runs", 3);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        MergedSchema schema = StoreBench.schema();
        EntitySchema customer = schema.customer();
        SampleDataGenerator generator = new SampleDataGenerator(7, LocalDate.of(2026, 11, 22));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            rows.add(generator.customer(i));
        }
        List<String> fields = new ArrayList<>(new TreeSet<>(rows.get(0).keySet()));
        Files.createDirectories(out);
        Path csv = out.resolve("customers.csv");
        writeCsv(customer, fields, rows, csv);

        List<Double> jdbc = new ArrayList<>(), total = new ArrayList<>(), read = new ArrayList<>(), check = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            EmbeddedDerbyDatabase raw = StoreBench.fresh(out.resolve("import" + run + "-jdbc"), schema);
            try {
                jdbc.add(StoreBench.time(() -> StoreBench.insertWithJdbc(raw, fields, rows, Integer.MAX_VALUE))); // one transaction, as an import is
            } finally {
                raw.close();
            }
            EmbeddedDerbyDatabase stored = StoreBench.fresh(out.resolve("import" + run + "-store"), schema);
            JpaRecordRepository repository = new JpaRecordRepository(stored, new StoreBench.FixedSchema(schema));
            try {
                repository.find("Customer", 0); // start EclipseLink outside the timing: once per workbench session
                Importer importer = new Importer(repository, schema);
                long start = System.nanoTime();
                SourceTable table = CsvReader.read(csv);
                read.add((System.nanoTime() - start) / 1e9);
                ImportProfile profile = ImportProfile.auto("bench", customer, table.header());
                assertEquals(fields.size(), profile.columns().size(), "every exported column maps back");
                long checking = System.nanoTime();
                importer.check(table, profile, ImportProgress.NONE);
                check.add((System.nanoTime() - checking) / 1e9);
                total.add(StoreBench.time(() -> {
                    ImportReport report = importer.run(CsvReader.read(csv), ImportProfile.auto("bench", customer, table.header()),
                            ImportMode.ALL_OR_NOTHING, "customers.csv", ImportProgress.NONE);
                    assertEquals(List.of(), report.problems());
                    assertEquals(customers, report.created());
                }));
            } finally {
                repository.close();
                stored.close();
            }
        }
        String report = String.format(Locale.ROOT, """
                | %,d customers from CSV, median of %d | measured |
                |---|---:|
                | raw JDBC batch insert of the typed rows, one transaction | %.2f s |
                | CSV import: read + map + validate + write, one undoable transaction | %.2f s |
                | **import / JDBC** | **%.2f×** |
                | of which reading and decoding the file (%,d bytes) | %.2f s |
                | of which converting and validating every row | %.2f s |
                """, customers, runs, StoreBench.median(jdbc), StoreBench.median(total),
                StoreBench.median(total) / StoreBench.median(jdbc), Files.size(csv), StoreBench.median(read), StoreBench.median(check));
        Files.writeString(out.resolve("results-import.md"), report + "\nruns (s): jdbc " + jdbc + ", import " + total + "\n");
        System.out.println(report);
    }

    /** The customers as an export writes them: labels as headers, value lists by their Chinese labels. */
    private static void writeCsv(EntitySchema customer, List<String> fields, List<Map<String, Object>> rows, Path file) throws Exception {
        List<String> header = fields.stream().map(name -> customer.field(name).orElseThrow().label().zh()).toList();
        List<List<String>> text = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            text.add(fields.stream().map(name -> ValueText.of(customer.field(name).orElseThrow(), row.get(name), Locale.CHINA)).toList());
        }
        try (OutputStream stream = Files.newOutputStream(file)) {
            CsvWriter.write(header, text, stream);
        }
    }
}
