package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.clientbench.store.RecordRepository;
import io.clientbench.store.OwnedRecords.Replacement;
import io.clientbench.store.StoreException;

/**
 * {@link io.clientbench.store.OwnedRecords#replaceOwned}: an analysis's tags and grades written again replace its earlier ones on the
 * given customers, in one transaction, and leave hand-set records, other analyses' records, other customers' records
 * and month snapshots alone; a prefix is matched literally.
 */
class OwnedReplaceTest {

    private static final String TAGS = "io.clientbench.analysis.tags/";
    @TempDir
    Path folder;
    private TestStore store;
    private JpaRecordRepository repository;
    private long a, b, c;

    @BeforeEach
    void open() throws Exception {
        store = new TestStore(folder);
        repository = store.repository;
        a = repository.create("Customer", Map.of("fullName", "甲公司")).id();
        b = repository.create("Customer", Map.of("fullName", "乙公司")).id();
        c = repository.create("Customer", Map.of("fullName", "丙公司")).id();
        repository.createAll("Tag", List.of(tag(a, "重点客户", "manual"), tag(a, "VIP", "io.clientbench.analysis.rfm/vip"),
                tag(c, "流失", TAGS + "churned"), tag(a, "x", "io_clientbench.analysis.tagsX/old")));
        repository.createAll("Grade", List.of(Map.of(RecordRepository.OWNER, a, "scheme", "SABC", "value", "B", "rule", "snapshot/2026-10",
                "snapshotMonth", LocalDate.of(2026, 10, 1))));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSecondRunReplacesTheFirstInsteadOfAddingToIt() throws Exception {
        for (int run = 1; run <= 2; run++) {
            String status = run == 1 ? "活跃" : "流失";
            var replaced = repository.replaceOwned(List.of(a, b), List.of(
                    new Replacement("Tag", "rule", TAGS, List.of(tag(a, status, TAGS + "s"), tag(a, "价格敏感型", TAGS + "need-price"), tag(b, "潜在", TAGS + "potential"))),
                    new Replacement("Grade", "rule", TAGS, List.of(Map.of(RecordRepository.OWNER, a, "scheme", "VALUE", "value", "HIGH", "rule", TAGS + "value-high",
                            "assignedAt", LocalDateTime.of(2026, 11, 23, 9, 0))))));
            assertEquals(run == 1 ? 0 : 4, replaced.deleted(), "run " + run + " deletes what run 1 wrote: 3 tags and a grade");
            assertEquals(4, replaced.created().size());
            assertEquals(new TreeSet<>(List.of("manual:重点客户", "io.clientbench.analysis.rfm/vip:VIP", "io_clientbench.analysis.tagsX/old:x",
                    TAGS + "s:" + status, TAGS + "need-price:价格敏感型")), tags(a), "run " + run);
            assertEquals(new TreeSet<>(List.of(TAGS + "potential:潜在")), tags(b));
            assertEquals(new TreeSet<>(List.of(TAGS + "churned:流失")), tags(c), "a customer not written keeps its tags");
            assertEquals(new TreeSet<>(List.of("snapshot/2026-10:B", TAGS + "value-high:HIGH")), grades(a));
        }
        assertEquals(Map.of("Tag", 7L, "Grade", 2L), counts(), "no duplicates in the tables");
    }

    @Test
    void allOrNone() throws Exception {
        // the second replacement fails (a text longer than its column): the first one's delete is rolled back too
        StoreException refused = assertThrows(StoreException.class, () -> repository.replaceOwned(List.of(c), List.of(
                new Replacement("Tag", "rule", TAGS, List.of()),
                new Replacement("Grade", "rule", TAGS, List.of(Map.of(RecordRepository.OWNER, c, "scheme", "VALUE", "value", "长".repeat(50), "rule", TAGS + "x"))))));
        assertEquals(StoreException.Reason.DATABASE_ERROR, refused.reason());
        assertEquals(new TreeSet<>(List.of(TAGS + "churned:流失")), tags(c));
        assertThrows(IllegalArgumentException.class, () -> repository.replaceOwned(List.of(a), List.of(new Replacement("Customer", "fullName", "甲", List.of()))));
        assertThrows(IllegalArgumentException.class, () -> repository.replaceOwned(List.of(a), List.of(new Replacement("Tag", "assignedAt", "x", List.of()))));
        assertThrows(IllegalArgumentException.class, () -> new Replacement("Tag", "rule", "", List.of()));
    }

    @Test
    void manyOwnersAreDeletedInChunks() throws Exception {
        List<Long> owners = new ArrayList<>();
        List<Map<String, Object>> tags = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            long id = repository.create("Customer", Map.of("fullName", "客户" + i)).id();
            owners.add(id);
            tags.add(tag(id, "潜在", TAGS + "potential"));
        }
        assertEquals(0, repository.replaceOwned(owners, List.of(new Replacement("Tag", "rule", TAGS, tags))).deleted());
        assertEquals(450, repository.replaceOwned(owners, List.of(new Replacement("Tag", "rule", TAGS, tags))).deleted());
        assertEquals(454L, counts().get("Tag"));
    }

    @Test
    void computedRowsAreBuiltWhenTheStoreReadsThemAndWrittenInBatches() throws Exception {
        // a grade each on 2,500 customers: more than two of the insert's JDBC batches (1,000 rows)
        int size = 2_500;
        List<Long> owners = customers(size);
        int[] built = { 0 };
        Replacement replacement = Replacement.computed("Grade", "rule", "snapshot/2026-11/", size, row -> {
            built[0]++;
            return snapshotGrade(owners.get(row % owners.size()), row);
        });
        assertEquals(0, built[0], "a computed replacement builds no row until the store reads it");
        assertEquals(size, replacement.creates().size());
        assertThrows(UnsupportedOperationException.class, () -> replacement.creates().add(Map.of()));

        var replaced = repository.replaceOwned(owners, List.of(replacement));
        assertEquals(0, replaced.deleted());
        assertEquals(size, replaced.created().size());
        assertTrue(built[0] <= 2 * size, "each row built at most twice (field check, insert): " + built[0]);
        assertEquals(1L + size, counts().get("Grade"));
        // row 7 is the 8th customer's: its value and month as computed, its id the 8th of the created ones
        var seventh = repository.findByOwner("Grade", owners.get(7));
        assertEquals(List.of(replaced.created().get(7)), seventh.stream().map(r -> r.id()).toList());
        var seventhValues = seventh.get(0).values();
        assertEquals("V7", seventhValues.get("value"));
        assertEquals(LocalDate.of(2026, 11, 1), seventhValues.get("snapshotMonth"));

        // the month again: replaces only itself (October's record of the first customer stays)
        assertEquals(size, repository.replaceOwned(owners, List.of(replacement)).deleted());
        assertEquals(1L + size, counts().get("Grade"));
        assertEquals(new TreeSet<>(List.of("snapshot/2026-10:B", "snapshot/2026-11/SABC:V0")), grades(a));
        assertThrows(IllegalArgumentException.class, () -> Replacement.computed("Grade", "rule", "x/", -1, row -> Map.of()));
    }

    @Test
    void aComputedReplacementFailingAfterItsFirstBatchesLeavesEverythingAsItWas() throws Exception {
        int size = 2_500;
        List<Long> owners = customers(size);
        assertEquals(size, repository.replaceOwned(owners, List.of(Replacement.computed("Grade", "rule", "snapshot/2026-11/", size,
                row -> snapshotGrade(owners.get(row % owners.size()), row)))).created().size());
        // taken again: the deletes and two batches of 1,000 inserts have run when row 2,100 is too long for its column,
        // and when the row source itself fails on its second read of row 2,200
        for (boolean sourceFails : new boolean[] { false, true }) {
            int[] reads = new int[size];
            Replacement failing = Replacement.computed("Grade", "rule", "snapshot/2026-11/", size, row -> {
                if (sourceFails && row == 2_200 && ++reads[row] == 2) {
                    throw new IllegalStateException("row source failed");
                }
                Map<String, Object> grade = snapshotGrade(owners.get(row % owners.size()), row + 1);
                return !sourceFails && row == 2_100 ? Map.of(RecordRepository.OWNER, owners.get(0), "scheme", "SABC", "value", "长".repeat(50),
                        "rule", "snapshot/2026-11/SABC") : grade;
            });
            Exception refused = assertThrows(Exception.class, () -> repository.replaceOwned(owners, List.of(failing)));
            if (sourceFails) {
                assertEquals("row source failed", refused.getMessage());
            } else {
                assertEquals(StoreException.Reason.DATABASE_ERROR, ((StoreException) refused).reason());
            }
            assertEquals(1L + size, counts().get("Grade"), "nothing added, nothing deleted");
            assertEquals(new TreeSet<>(List.of("snapshot/2026-10:B", "snapshot/2026-11/SABC:V0")), grades(a));
            assertEquals("V7", repository.findByOwner("Grade", owners.get(7)).get(0).values().get("value"), "the month's records are still the first take's");
        }
    }

    /** Customer a and as many more as make {@code count}, in that order. */
    private List<Long> customers(int count) throws StoreException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            rows.add(Map.of("fullName", "客户" + i));
        }
        List<Long> owners = new ArrayList<>(List.of(a));
        owners.addAll(repository.createAll("Customer", rows));
        return owners;
    }

    /** A snapshot-like grade of November: value V&lt;row&gt;. */
    private static Map<String, Object> snapshotGrade(long owner, int row) {
        return Map.of(RecordRepository.OWNER, owner, "scheme", "SABC", "value", "V" + row, "rule", "snapshot/2026-11/SABC",
                "snapshotMonth", LocalDate.of(2026, 11, 1), "assignedAt", LocalDateTime.of(2026, 11, 1, 8, 0));
    }

    private static Map<String, Object> tag(long owner, String name, String rule) {
        return Map.of(RecordRepository.OWNER, owner, "name", name, "rule", rule);
    }

    private TreeSet<String> tags(long owner) throws StoreException {
        TreeSet<String> tags = new TreeSet<>();
        repository.findByOwner("Tag", owner).forEach(t -> tags.add(t.values().get("rule") + ":" + t.values().get("name")));
        return tags;
    }

    private TreeSet<String> grades(long owner) throws StoreException {
        TreeSet<String> grades = new TreeSet<>();
        repository.findByOwner("Grade", owner).forEach(g -> grades.add(g.values().get("rule") + ":" + g.values().get("value")));
        return grades;
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = store.database.connect(); Statement statement = connection.createStatement()) {
            for (String entity : List.of("Tag", "Grade")) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM CB_" + entity.toUpperCase())) {
                    rows.next();
                    counts.put(entity, rows.getLong(1));
                }
            }
            connection.commit();
        }
        return counts;
    }
}
