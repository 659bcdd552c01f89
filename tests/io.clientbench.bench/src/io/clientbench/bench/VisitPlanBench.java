package io.clientbench.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.clientbench.visits.core.DefaultRules;
import io.clientbench.visits.core.PlannedCustomer;
import io.clientbench.visits.core.Touch;
import io.clientbench.visits.core.VisitPlanner;

/**
 * Issue 5's budget: a month's plan for 100k customers ≤ 1 s. The customers carry a class, an importance and a
 * relationship grade (so each meets two to four default rules), up to eight contacts over the last four months and up
 * to two contacts' birthdays. Median of several runs, written to {@code target/bench/results-visits.md}.
 */
class VisitPlanBench {

    @Test
    void planAMonthForEveryCustomer() throws Exception {
        int count = Integer.getInteger("bench.customers", 100_000);
        int runs = Math.max(5, Integer.getInteger("bench.runs", 3));
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        LocalDate today = LocalDate.of(2026, 11, 16);
        List<PlannedCustomer> customers = customers(count, today, new Random(5));
        VisitPlanner planner = new VisitPlanner(DefaultRules.all());
        List<Double> times = new ArrayList<>();
        int[] items = new int[1];
        for (int run = 0; run < runs; run++) {
            times.add(StoreBench.time(() -> items[0] = planner.plan(YearMonth.from(today), today, customers).items().size()));
        }
        assertTrue(items[0] > count, "every customer has something due");
        String report = String.format(Locale.ROOT, """

                | visit plan, %,d customers, one month, median of %d | measured | budget |
                |---|---:|---:|
                | generate the plan (%,d items) | %.0f ms | ≤ 1000 ms |
                """, count, runs, items[0], StoreBench.median(times) * 1000);
        Files.createDirectories(out);
        Files.writeString(out.resolve("results-visits.md"), report);
        System.out.println(report);
    }

    private static List<PlannedCustomer> customers(int count, LocalDate today, Random random) {
        String[] classes = { "A", "B", "C", "D" };
        String[] importance = { "IMPORTANT", "ORDINARY" };
        String[] grades = { "S", "A", "B", "C" };
        List<PlannedCustomer> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<Touch> touches = new ArrayList<>();
            for (int t = random.nextInt(9); t > 0; t--) {
                touches.add(new Touch(today.minusDays(random.nextInt(120)), random.nextInt(3) == 0));
            }
            Map<String, MonthDay> birthdays = random.nextBoolean() ? Map.of() : Map.of("联系人" + i, MonthDay.of(1 + random.nextInt(12), 1 + random.nextInt(28)));
            customers.add(new PlannedCustomer(i, "客户" + i, "销售" + (i % 40), Map.of(DefaultRules.CLASS, classes[random.nextInt(4)],
                    DefaultRules.IMPORTANCE, importance[random.nextInt(2)], DefaultRules.RELATIONSHIP, grades[random.nextInt(4)]),
                    Set.of(), touches, birthdays));
        }
        return customers;
    }
}
