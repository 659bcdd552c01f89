package io.clientbench.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.clientbench.quality.DuplicateScan;
import io.clientbench.quality.DuplicateScan.Group;
import io.clientbench.quality.internal.PlantedDuplicates;

/**
 * Issue 7 (G3): the duplicate scan over 100k generated customers with planted duplicates and hard negatives — time
 * (median of several runs) and precision/recall over pairs, written to {@code target/bench/results-quality.md}.
 */
class DuplicateScanBench {

    @Test
    void scanOneHundredThousandCustomers() throws Exception {
        int count = Integer.getInteger("bench.customers", 100_000);
        int runs = Math.max(5, Integer.getInteger("bench.runs", 3));
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        PlantedDuplicates.Data data = PlantedDuplicates.generate(count, 7);
        List<Double> times = new ArrayList<>();
        List<List<Group>> found = new ArrayList<>(1);
        for (int run = 0; run < runs; run++) {
            times.add(StoreBench.time(() -> {
                found.clear();
                found.add(DuplicateScan.scan(data.candidates(), DuplicateScan.Settings.DEFAULT, DuplicateScan.Progress.NONE));
            }));
        }
        Map<Long, Integer> organisationOf = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = 0; i < data.candidates().size(); i++) {
            organisationOf.put(data.candidates().get(i).id(), data.organisation()[i]);
            sizes.merge(data.organisation()[i], 1, Integer::sum);
        }
        long planted = sizes.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        long pairs = 0;
        long correct = 0;
        for (Group group : found.get(0)) {
            for (int a = 0; a < group.ids().size(); a++) {
                for (int b = a + 1; b < group.ids().size(); b++) {
                    pairs++;
                    correct += organisationOf.get(group.ids().get(a)).equals(organisationOf.get(group.ids().get(b))) ? 1 : 0;
                }
            }
        }
        double precision = (double) correct / pairs;
        double recall = (double) correct / planted;
        assertTrue(precision >= 0.95 && recall >= 0.95, precision + " / " + recall);
        String report = String.format(Locale.ROOT, """

                | duplicate scan, %,d customers, median of %d | measured | target |
                |---|---:|---:|
                | scan (normalize, 3 blockings, groups: %,d) | %.0f ms | |
                | precision over pairs (%,d found) | %.4f | ≥ 0.95 |
                | recall over pairs (%,d planted) | %.4f | ≥ 0.95 |
                """, data.candidates().size(), runs, found.get(0).size(), StoreBench.median(times) * 1000, pairs, precision, planted, recall);
        Files.createDirectories(out);
        Files.writeString(out.resolve("results-quality.md"), report);
        System.out.println(report);
    }
}
