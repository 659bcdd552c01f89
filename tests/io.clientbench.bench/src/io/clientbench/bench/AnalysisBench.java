package io.clientbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.AnalysisRegistry.Outcome;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.DatasetLoader;
import io.clientbench.analysis.dataset.DatasetSpec;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.MergedSchema;
import io.clientbench.sampledata.SampleDataGenerator;
import io.clientbench.sampledata.SampleDataGenerator.Summary;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.internal.EmbeddedDerbyDatabase;
import io.clientbench.store.internal.JpaRecordRepository;

/**
 * The analysis budget (DESIGN §5, issue 6 acceptance 4): RFM grading over N customers (default 100k) and their ~1M
 * deals ≤ 500 ms once the in-memory dataset is loaded; building that dataset from Derby is measured too, beside the
 * raw Derby GROUP BY the in-memory engine replaces. Analyses run through the registry service, as a view runs them.
 * Medians, written to {@code target/bench/results-analysis.md}.
 */
class AnalysisBench {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String RFM = "io.clientbench.analysis.rfm";
    private static final String PARETO = "io.clientbench.analysis.pareto";
    private static final String FORECAST = "io.clientbench.analysis.forecast";
    private static final String ROLLUP = "io.clientbench.analysis.rollup";
    private static final int COMPUTE_RUNS = 7;
    private static final int UPSERTS = 10_000;

    @Test
    void gradeOneMillionDealsInMemory() throws Exception {
        int customers = Integer.getInteger("bench.customers", 100_000);
        int runs = Integer.getInteger("bench.runs", 3);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        MergedSchema schema = StoreBench.schema();
        AnalysisRegistry registry = registry();
        EmbeddedDerbyDatabase database = StoreBench.fresh(out.resolve("analysis"), schema);
        JpaRecordRepository repository = new JpaRecordRepository(database, new StoreBench.FixedSchema(schema));
        List<Double> build = new ArrayList<>(), groupBy = new ArrayList<>(), rfm = new ArrayList<>(), pareto = new ArrayList<>();
        List<Double> forecast = new ArrayList<>(), rollup = new ArrayList<>();
        double firstRfm;
        double upsertMicros;
        Summary summary;
        int dealRows;
        try {
            summary = new SampleDataGenerator(3, TODAY).generate(repository, customers, 10, 10_000);
            DatasetSpec spec = DatasetSpec.of(schema, registry.requiredFields());
            Dataset[] dataset = new Dataset[1];
            for (int run = 0; run < runs; run++) {
                build.add(StoreBench.time(() -> dataset[0] = DatasetLoader.load(repository, spec)));
            }
            dealRows = dataset[0].table("Deal").size();
            // the GROUP BY gives a row per customer with deals; about 5 % of generated customers have none
            long buyers = java.util.Arrays.stream(dataset[0].table("Deal").ownerRows(), 0, dealRows).distinct().count();
            for (int run = 0; run < runs; run++) {
                groupBy.add(StoreBench.time(() -> assertEquals(buyers, groupByInDerby(database, schema))));
            }
            assertEquals(summary.deals(), dealRows);
            Parameters rfmParameters = Parameters.defaults(registry.analysis(RFM).orElseThrow(), TODAY);
            Parameters paretoParameters = Parameters.defaults(registry.analysis(PARETO).orElseThrow(), TODAY);
            Parameters forecastParameters = Parameters.defaults(registry.analysis(FORECAST).orElseThrow(), TODAY);
            Parameters rollupParameters = Parameters.defaults(registry.analysis(ROLLUP).orElseThrow(), TODAY);
            firstRfm = StoreBench.time(() -> check(registry.compute(RFM, dataset[0], rfmParameters), customers));
            for (int run = 0; run < COMPUTE_RUNS; run++) {
                rfm.add(StoreBench.time(() -> check(registry.compute(RFM, dataset[0], rfmParameters), customers)));
                pareto.add(StoreBench.time(() -> assertTrue(registry.compute(PARETO, dataset[0], paretoParameters).ok())));
                forecast.add(StoreBench.time(() -> assertTrue(registry.compute(FORECAST, dataset[0], forecastParameters).ok())));
                rollup.add(StoreBench.time(() -> assertTrue(registry.compute(ROLLUP, dataset[0], rollupParameters).ok())));
            }
            // a saved deal: one upsert each, no rebuild
            long firstCustomer = dataset[0].customers().ids()[0];
            upsertMicros = StoreBench.time(() -> {
                for (int i = 0; i < UPSERTS; i++) {
                    dataset[0].upsert("Deal", Long.MAX_VALUE - i, firstCustomer, Map.of("date", TODAY, "amount", 1000 + i));
                }
            }) * 1e6 / UPSERTS;
        } finally {
            repository.close();
            database.close();
        }
        double median = StoreBench.median(rfm);
        String report = String.format(Locale.ROOT, """

                | analysis, %,d customers, %,d deals | measured | budget |
                |---|---:|---:|
                | build the dataset from Derby (scan of %d fields), median of %d | %.2f s | |
                | raw Derby GROUP BY per customer (count, sum, max date), median of %d | %.2f s | |
                | RFM grading, dataset loaded, median of %d (first run %.0f ms) | %.0f ms | ≤ 500 ms |
                | Pareto, median of %d | %.0f ms | |
                | weighted forecast, median of %d | %.1f ms | |
                | classification roll-up, median of %d | %.1f ms | |
                | incremental upsert of a deal, mean of %,d | %.1f µs | |
                """, customers, dealRows, registry.requiredFields().size(), runs, StoreBench.median(build), runs, StoreBench.median(groupBy),
                COMPUTE_RUNS, firstRfm * 1000, median * 1000, COMPUTE_RUNS, StoreBench.median(pareto) * 1000,
                COMPUTE_RUNS, StoreBench.median(forecast) * 1000, COMPUTE_RUNS, StoreBench.median(rollup) * 1000, UPSERTS, upsertMicros);
        Files.createDirectories(out);
        Files.writeString(out.resolve("results-analysis.md"), report);
        System.out.println(report + "RFM runs (ms): " + rfm.stream().map(s -> String.format(Locale.ROOT, "%.0f", s * 1000)).toList());
        assertTrue(median <= 0.5, "RFM grading over budget: " + median + " s");
    }

    private static void check(Outcome outcome, int customers) {
        assertTrue(outcome.ok(), outcome.problem());
        assertEquals(customers, outcome.result().scores().size());
    }

    /** What the dataset replaces: the RFM figures per customer straight from Derby. @return the customers with deals */
    private static int groupByInDerby(EmbeddedDerbyDatabase database, MergedSchema schema) throws Exception {
        var deal = schema.entity("Deal").orElseThrow();
        String date = SchemaStore.column(deal.field("date").map(FieldDescriptor::column).orElseThrow());
        String amount = SchemaStore.column(deal.field("amount").map(FieldDescriptor::column).orElseThrow());
        int rows = 0;
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT OWNER_ID, COUNT(*), SUM(" + amount + "), MAX(" + date + ") FROM "
                        + SchemaStore.table("Deal") + " GROUP BY OWNER_ID")) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static AnalysisRegistry registry() throws InterruptedException {
        var tracker = new ServiceTracker<AnalysisRegistry, AnalysisRegistry>(
                FrameworkUtil.getBundle(AnalysisBench.class).getBundleContext(), AnalysisRegistry.class, null);
        tracker.open();
        AnalysisRegistry registry = tracker.waitForService(10_000);
        tracker.close();
        return registry;
    }
}
