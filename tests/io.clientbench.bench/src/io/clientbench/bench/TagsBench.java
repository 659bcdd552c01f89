package io.clientbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.AnalysisRegistry.Outcome;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.DatasetLoader;
import io.clientbench.analysis.dataset.DatasetSpec;
import io.clientbench.analysis.report.GradeSnapshots;
import io.clientbench.analysis.report.RecordWriteBack;
import io.clientbench.analysis.report.ScoreWriteBack;
import io.clientbench.model.MergedSchema;
import io.clientbench.sampledata.SampleDataGenerator;
import io.clientbench.store.internal.EmbeddedDerbyDatabase;
import io.clientbench.store.internal.JpaRecordRepository;

/**
 * The tags, funnel and grade-changes analyses over N customers (default 100k) and their ~1M deals, and what they write:
 * month-start snapshots of every customer's grades (one transaction each: a month, the next, and the next twice again,
 * replacing itself) and the tags kept as Tag/Grade records (a chunk of 500 customers per transaction), first and again
 * (replacing). {@link HeapWatch} gives the heap during each snapshot; run it with {@code -Dbench.vmargs=-Xmx512m} to
 * hold the design's heap budget. Medians, written to {@code target/bench/results-tags.md}.
 */
class TagsBench {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String TAGS = "io.clientbench.analysis.tags", FUNNEL = "io.clientbench.analysis.funnel",
            CHANGES = "io.clientbench.analysis.gradechanges";
    private static final int COMPUTE_RUNS = 7;

    @Test
    void tagsFunnelSnapshotsAndWriteBackOnOneHundredThousandCustomers() throws Exception {
        int customers = Integer.getInteger("bench.customers", 100_000);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        MergedSchema schema = StoreBench.schema();
        AnalysisRegistry registry = registry();
        EmbeddedDerbyDatabase database = StoreBench.fresh(out.resolve("tags"), schema);
        JpaRecordRepository repository = new JpaRecordRepository(database, new StoreBench.FixedSchema(schema));
        List<Double> tags = new ArrayList<>(), funnel = new ArrayList<>(), changes = new ArrayList<>();
        List<Double> snapshots = new ArrayList<>();
        double build, firstWrite, secondWrite;
        long heapBefore, heapPeak = 0, heapAfterGc = 0;
        int deals, snapshotGrades = 0;
        RecordWriteBack.Report written, rewritten;
        try {
            new SampleDataGenerator(5, TODAY).generate(repository, customers, 10, 10_000);
            DatasetSpec spec = DatasetSpec.of(schema, registry.requiredFields());
            Dataset[] dataset = new Dataset[1];
            build = StoreBench.time(() -> dataset[0] = DatasetLoader.load(repository, spec));
            deals = dataset[0].table("Deal").size();
            System.out.printf(Locale.ROOT, "TagsBench: %,d customers, %,d deals, dataset built in %.2f s%n", customers, deals, build);
            Parameters tagParameters = Parameters.defaults(registry.analysis(TAGS).orElseThrow(), TODAY);
            Parameters funnelParameters = Parameters.defaults(registry.analysis(FUNNEL).orElseThrow(), TODAY);
            AnalysisResult[] tagged = new AnalysisResult[1];
            for (int run = 0; run < COMPUTE_RUNS; run++) {
                tags.add(StoreBench.time(() -> tagged[0] = check(registry.compute(TAGS, dataset[0], tagParameters))));
                funnel.add(StoreBench.time(() -> check(registry.compute(FUNNEL, dataset[0], funnelParameters))));
            }
            assertEquals(customers, tagged[0].scores().size());

            // October into an empty table, then November, then November twice again (each replacing the month's
            // records): every snapshot is one transaction, its heap watched from a collected heap
            YearMonth[] months = { YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 11), YearMonth.of(2026, 11) };
            heapBefore = usedHeap();
            for (YearMonth month : months) {
                usedHeap();
                GradeSnapshots.Taken[] taken = new GradeSnapshots.Taken[1];
                long peak, afterGc;
                try (HeapWatch watch = new HeapWatch()) {
                    snapshots.add(StoreBench.time(() -> taken[0] = GradeSnapshots.take(repository, repository, schema.customer(), month,
                            month.atDay(1).atTime(8, 0))));
                    peak = watch.peak();
                    afterGc = watch.maxAfterCollection();
                }
                heapPeak = Math.max(heapPeak, peak);
                heapAfterGc = Math.max(heapAfterGc, afterGc);
                assertEquals(snapshots.size() <= 2 ? 0 : taken[0].grades(), taken[0].replaced(), "a month taken again replaces only itself");
                snapshotGrades = taken[0].grades();
                System.out.printf(Locale.ROOT, "TagsBench: snapshot %s of %,d grades in %.2f s, %,d replaced; heap peak %d MiB, after a GC at most %d MiB%n",
                        month, snapshotGrades, snapshots.getLast(), taken[0].replaced(), peak >> 20, afterGc >> 20);
            }
            Dataset withSnapshots = DatasetLoader.load(repository, spec);
            Parameters changeParameters = Parameters.defaults(registry.analysis(CHANGES).orElseThrow(), TODAY);
            for (int run = 0; run < COMPUTE_RUNS; run++) {
                changes.add(StoreBench.time(() -> check(registry.compute(CHANGES, withSnapshots, changeParameters))));
            }

            var gradeField = ScoreWriteBack.targets(schema.customer(), tagged[0]).gradeField();
            RecordWriteBack.Report[] reports = new RecordWriteBack.Report[2];
            firstWrite = StoreBench.time(() -> reports[0] = RecordWriteBack.write(repository, repository, TAGS, gradeField, tagged[0].scores(),
                    LocalDateTime.of(2026, 11, 23, 9, 0), 500, null));
            secondWrite = StoreBench.time(() -> reports[1] = RecordWriteBack.write(repository, repository, TAGS, gradeField, tagged[0].scores(),
                    LocalDateTime.of(2026, 11, 23, 10, 0), 500, null));
            System.out.printf(Locale.ROOT, "TagsBench: records written in %.2f s and %.2f s%n", firstWrite, secondWrite);
            written = reports[0];
            rewritten = reports[1];
            assertEquals(written.tags() + written.grades(), rewritten.replaced(), "the second write replaces the first");
        } finally {
            repository.close();
            database.close();
        }
        String report = String.format(Locale.ROOT, """

                | %,d customers, %,d deals | measured |
                |---|---:|
                | build the dataset from Derby (all analyses' fields) | %.2f s |
                | value, need and status tags, median of %d | %.0f ms |
                | sales-stage funnel, median of %d | %.1f ms |
                | month-start snapshot, %,d grade records in one transaction | %.2f s |
                | the next month's snapshot | %.2f s |
                | that month taken again, replacing its records (twice) | %.2f s, %.2f s |
                | snapshot, median of the %d | %.2f s |
                | heap: in use after a GC before the snapshots → peak during one (sum of the pools' peaks, garbage included: an upper bound), max of %d | %d → %d MiB |
                | heap: largest in use right after a collection during a snapshot, max of %d (%s) | %d MiB |
                | grade changes over the two snapshots, median of %d | %.0f ms |
                | tags kept as records: %,d tags and %,d grades, 500 customers per transaction | %.2f s |
                | the same again, replacing %,d records | %.2f s |
                """, customers, deals, build, COMPUTE_RUNS, StoreBench.median(tags) * 1000, COMPUTE_RUNS, StoreBench.median(funnel) * 1000,
                snapshotGrades, snapshots.get(0), snapshots.get(1), snapshots.get(2), snapshots.get(3), snapshots.size(), StoreBench.median(snapshots),
                snapshots.size(), heapBefore >> 20, heapPeak >> 20, snapshots.size(), maxHeap(), heapAfterGc >> 20, COMPUTE_RUNS, StoreBench.median(changes) * 1000,
                written.tags(), written.grades(), firstWrite, rewritten.replaced(), secondWrite);
        Files.createDirectories(out);
        Files.writeString(out.resolve("results-tags.md"), report);
        System.out.println(report);
    }

    private static AnalysisResult check(Outcome outcome) {
        assertTrue(outcome.ok(), outcome.problem());
        return outcome.result();
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String maxHeap() {
        long max = Runtime.getRuntime().maxMemory();
        return "-Xmx " + (max >> 20) + " MiB";
    }

    private static AnalysisRegistry registry() throws InterruptedException {
        var tracker = new ServiceTracker<AnalysisRegistry, AnalysisRegistry>(FrameworkUtil.getBundle(TagsBench.class).getBundleContext(),
                AnalysisRegistry.class, null);
        tracker.open();
        AnalysisRegistry registry = tracker.waitForService(10_000);
        tracker.close();
        return registry;
    }
}
