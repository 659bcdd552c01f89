package io.clientbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.clientbench.core.navigator.CustomerNavigator;
import io.clientbench.core.navigator.CustomerRows;
import io.clientbench.core.navigator.NavigatorQuery;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.MergedSchema;
import io.clientbench.sampledata.SampleDataGenerator;
import io.clientbench.store.internal.EmbeddedDerbyDatabase;
import io.clientbench.store.internal.JdbcSchemaStore;
import io.clientbench.store.internal.JpaRecordRepository;

/**
 * The navigator's budget (DESIGN §5): open N customers ≤ 1 s (the store's scan of the shown columns and the first,
 * unfiltered result), a search keystroke ≤ 100 ms, also sorted and grouped. Medians of several runs, written to
 * {@code target/bench/results-navigator.md}.
 */
class NavigatorBench {

    /** What a user types into the search field, one keystroke at a time (last: a field-restricted word). */
    private static final List<String> KEYSTROKES = List.of("建", "建工", "建工 成", "建工 成都", "华", "华西", "region:北", "region:北京");

    @Test
    void openAndFilterTheNavigator() throws Exception {
        int customers = Integer.getInteger("bench.customers", 100_000);
        int runs = Integer.getInteger("bench.runs", 3);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        MergedSchema schema = StoreBench.schema();
        EntitySchema customer = schema.customer();
        EmbeddedDerbyDatabase database = StoreBench.fresh(out.resolve("navigator"), schema);
        JpaRecordRepository repository = new JpaRecordRepository(database, new StoreBench.FixedSchema(schema));
        List<String> fields = CustomerNavigator.fieldsToLoad(customer, CustomerNavigator.DEFAULT_COLUMNS);
        List<Double> open = new ArrayList<>(), keystroke = new ArrayList<>(), sorted = new ArrayList<>(), grouped = new ArrayList<>();
        try {
            SampleDataGenerator generator = new SampleDataGenerator(11, LocalDate.of(2026, 11, 23));
            generator.generate(repository, customers, 0, 10_000);
            for (int run = 0; run < runs; run++) {
                CustomerNavigator[] navigator = new CustomerNavigator[1];
                open.add(StoreBench.time(() -> {
                    CustomerRows.Builder rows = CustomerRows.builder(fields);
                    repository.scan("Customer", fields, rows::add);
                    navigator[0] = new CustomerNavigator(customer, rows.build(), CustomerNavigator.DEFAULT_COLUMNS, Locale.CHINA);
                    assertEquals(customers, navigator[0].query(NavigatorQuery.all()).size());
                }));
                NavigatorQuery query = NavigatorQuery.all();
                for (String text : KEYSTROKES) {
                    NavigatorQuery typed = query.withSearch(text);
                    keystroke.add(StoreBench.time(() -> assertTrue(navigator[0].query(typed).size() <= customers)));
                }
                NavigatorQuery sortedQuery = query.withSort("fullName", true);
                navigator[0].query(sortedQuery); // the first sort by a field ranks it once (on the header click)
                for (String text : KEYSTROKES) {
                    sorted.add(StoreBench.time(() -> navigator[0].query(sortedQuery.withSearch(text))));
                    grouped.add(StoreBench.time(() -> navigator[0].query(sortedQuery.withGroup("region").withSearch(text))));
                }
            }
        } finally {
            repository.close();
            database.close();
        }
        String report = String.format(Locale.ROOT, """

                | navigator, %,d customers, median | measured | budget |
                |---|---:|---:|
                | open (scan %d fields + first result), %d runs | %.0f ms | ≤ 1000 ms |
                | search keystroke, %d keystrokes | %.1f ms | ≤ 100 ms |
                | keystroke, sorted by name | %.1f ms | ≤ 100 ms |
                | keystroke, sorted and grouped by region | %.1f ms | ≤ 100 ms |
                """, customers, fields.size(), runs, StoreBench.median(open) * 1000, keystroke.size(), StoreBench.median(keystroke) * 1000,
                StoreBench.median(sorted) * 1000, StoreBench.median(grouped) * 1000);
        Files.createDirectories(out);
        Files.writeString(out.resolve("results-navigator.md"), report);
        System.out.println(report);
    }
}
