package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.clientbench.store.StoreException;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoredRecord;

/** EclipseLink on the schema's tables: typed round trip and optimistic locking (acceptance: no silent overwrite). */
class RecordRepositoryTest {

    @TempDir
    Path folder;
    private TestStore store;
    private EmbeddedDerbyDatabase database;
    private JpaRecordRepository repository;

    @BeforeEach
    void open() throws Exception {
        store = new TestStore(folder);
        database = store.database;
        repository = store.repository;
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aCustomerRoundTripsWithTypedBaseAndPackValues() throws Exception {
        Map<String, Object> values = Map.of("fullName", "中建三局成都分公司", "industry", "E", "firstContact", LocalDate.of(2023, 4, 18),
                "historyDealAmount", new BigDecimal("125000.5000"), "historyDealCount", 4L, "stale", Boolean.FALSE,
                "needTags", List.of("PRICE_SENSITIVE", "URGENT_PURCHASE"), "specialties", List.of("CIVIL", "INSTALLATION"),
                "estimatorCount", 12L);
        StoredRecord created = repository.create("Customer", values);
        assertEquals(1, created.version());
        StoredRecord found = repository.find("Customer", created.id()).orElseThrow();
        assertEquals(values, found.values());
        assertTrue(repository.find("Customer", created.id() + 1000).isEmpty());
    }

    @Test
    void aBulkCreateStoresAllRowsInOneTransactionWithTheirOwner() throws Exception {
        long customer = repository.create("Customer", Map.of("fullName", "四川华西集团")).id();
        List<Map<String, Object>> deals = new java.util.ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            deals.add(Map.of(io.clientbench.store.RecordRepository.OWNER, customer, "date", LocalDate.of(2024, 1, 1).plusDays(i % 365),
                    "amount", new BigDecimal(1000 + i)));
        }
        List<Long> ids = repository.createAll("Deal", deals);
        assertEquals(1200, ids.size());
        assertEquals(1200, ids.stream().distinct().count());
        StoredRecord last = repository.find("Deal", ids.get(1199)).orElseThrow();
        assertEquals(new BigDecimal("2199.0000"), last.values().get("amount"));
        try (Connection c = database.connect(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM CB_DEAL WHERE OWNER_ID = " + customer)) {
            rs.next();
            assertEquals(1200, rs.getInt(1));
        }
        // all or none: one row the database refuses (text longer than its column) and none of the batch is stored
        StoreException refused = assertThrows(StoreException.class, () -> repository.createAll("Deal", List.of(
                Map.of(io.clientbench.store.RecordRepository.OWNER, customer, "amount", BigDecimal.ONE, "product", "算量"),
                Map.of(io.clientbench.store.RecordRepository.OWNER, customer, "amount", BigDecimal.TEN, "product", "长".repeat(300)))));
        assertTrue(refused.getMessage().contains("22001"), refused.getMessage());
        try (Connection c = database.connect(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM CB_DEAL WHERE OWNER_ID = " + customer)) {
            rs.next();
            assertEquals(1200, rs.getInt(1));
        }
    }

    @Test
    void aScanReadsTheAskedFieldsOfEveryRecordAndOwnedRecordsAreFoundByOwner() throws Exception {
        List<Long> ids = repository.createAll("Customer", List.of(
                Map.of("fullName", "重庆建工", "region", "重庆", "needTags", List.of("PRICE_SENSITIVE", "URGENT_PURCHASE")),
                Map.of("fullName", "贵州建工", "firstContact", LocalDate.of(2024, 5, 6))));
        StoredRecord single = repository.create("Customer", Map.of("fullName", "云南建投"));
        assertTrue(ids.stream().noneMatch(id -> id == single.id()), "bulk and single creates share one id sequence");
        Map<Long, Object[]> rows = new java.util.HashMap<>();
        repository.scan("Customer", List.of("fullName", "needTags", "firstContact"), (id, version, values) -> {
            assertEquals(1, version);
            rows.put(id, values);
        });
        assertEquals(3, rows.size());
        assertEquals("重庆建工", rows.get(ids.get(0))[0]);
        assertEquals(List.of("PRICE_SENSITIVE", "URGENT_PURCHASE"), rows.get(ids.get(0))[1]);
        assertEquals(LocalDate.of(2024, 5, 6), rows.get(ids.get(1))[2]);
        assertThrows(IllegalArgumentException.class, () -> repository.scan("Customer", List.of("noSuchField"), (i, v, x) -> { }));

        // a bulk-created record is versioned like any other: an edit from version 1 succeeds, a stale one conflicts
        repository.update("Customer", ids.get(1), 1, Map.of("region", "贵阳"));
        assertEquals(StoreException.Reason.CONFLICT, assertThrows(StoreException.class,
                () -> repository.update("Customer", ids.get(1), 1, Map.of("region", "遵义"))).reason());

        repository.createAll("Contact", List.of(Map.of(io.clientbench.store.RecordRepository.OWNER, ids.get(0), "name", "张伟"),
                Map.of(io.clientbench.store.RecordRepository.OWNER, ids.get(1), "name", "李娜"),
                Map.of(io.clientbench.store.RecordRepository.OWNER, ids.get(0), "name", "王芳")));
        assertEquals(List.of("张伟", "王芳"), repository.findByOwner("Contact", ids.get(0)).stream().map(r -> r.values().get("name")).toList());
        assertThrows(IllegalArgumentException.class, () -> repository.findByOwner("Customer", 1));

        // a scan of a contained entity can read the owner's id (the work lists); an owner-less entity has none
        Map<String, Object> owners = new java.util.HashMap<>();
        repository.scan("Contact", List.of("name", io.clientbench.store.RecordRepository.OWNER), (id, version, values) -> owners.put((String) values[0], values[1]));
        assertEquals(Map.of("张伟", ids.get(0), "李娜", ids.get(1), "王芳", ids.get(0)), owners);
        assertThrows(IllegalArgumentException.class, () -> repository.scan("Customer", List.of(io.clientbench.store.RecordRepository.OWNER), (i, v, x) -> { }));
    }

    @Test
    void aScanReadsRowByRowAndASinkThatStopsItLeavesTheStoreUsable() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            rows.add(Map.of("fullName", "客户" + i, "region", i % 2 == 0 ? "成都" : "重庆"));
        }
        List<Long> ids = repository.createAll("Customer", rows);
        // the scan reads through a cursor: a sink may read the store meanwhile (another transaction)
        int[] seen = { 0 };
        java.util.Set<Long> scanned = new java.util.HashSet<>();
        repository.scan("Customer", List.of("region"), (id, version, values) -> {
            scanned.add(id);
            if (seen[0]++ == 1_500) {
                try {
                    assertEquals(values[0], repository.find("Customer", id).orElseThrow().values().get("region"), "the row under the cursor");
                } catch (StoreException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        assertEquals(new java.util.HashSet<>(ids), scanned);
        // a sink that fails half-way: the cursor is closed with its transaction, and the store reads and writes on
        IllegalStateException stop = new IllegalStateException("stop");
        for (int run = 0; run < 3; run++) {
            int[] count = { 0 };
            assertEquals(stop, assertThrows(IllegalStateException.class, () -> repository.scan("Customer", List.of("fullName"), (id, version, values) -> {
                if (++count[0] == 1_000) {
                    throw stop;
                }
            })));
        }
        repository.update("Customer", ids.get(5), 1, Map.of("region", "贵阳"));
        Map<Long, Object> regions = new java.util.HashMap<>();
        repository.scan("Customer", List.of("region"), (id, version, values) -> regions.put(id, values[0]));
        assertEquals(3_000, regions.size());
        assertEquals("贵阳", regions.get(ids.get(5)));
        assertEquals("成都", regions.get(ids.get(4)));
    }

    @Test
    void recordsOfSeveralEntitiesAreCreatedTogetherOrNotAtAll() throws Exception {
        long customer = repository.create("Customer", Map.of("fullName", "绵阳路桥")).id();
        java.time.LocalDateTime day = java.time.LocalDateTime.of(2026, 11, 16, 10, 30);
        List<StoredRecord> created = repository.createTogether(List.of(
                new RecordRepository.NewRecord("Visit", Map.of(RecordRepository.OWNER, customer, "date", day, "method", "ON_SITE")),
                new RecordRepository.NewRecord("FollowUp", Map.of(RecordRepository.OWNER, customer, "method", "ON_SITE",
                        "content", "上门拜访"))));
        assertEquals(2, created.size());
        assertEquals(day, repository.findByOwner("Visit", customer).get(0).values().get("date"));
        assertEquals("上门拜访", repository.findByOwner("FollowUp", customer).get(0).values().get("content"));

        assertThrows(RuntimeException.class, () -> repository.createTogether(List.of(
                new RecordRepository.NewRecord("Visit", Map.of(RecordRepository.OWNER, customer, "date", day)),
                new RecordRepository.NewRecord("FollowUp", Map.of(RecordRepository.OWNER, customer, "noSuchField", "x")))));
        assertEquals(1, repository.findByOwner("Visit", customer).size(), "the second record failed: the first was not kept");
    }


    @Test
    void aReferenceIsStoredAsTheTargetsIdAndReadBackByFindAndScan() throws Exception {
        long customer = repository.create("Customer", Map.of("fullName", "德阳建工")).id();
        long activity = repository.create("Activity", Map.of("name", "年终答谢会", "targetSegment", "customerClass:A")).id();
        long invitation = repository.create("Invitation", Map.of(RecordRepository.OWNER, activity, "customer", customer,
                "invited", Boolean.TRUE, "result", "ACCEPTED")).id();
        assertEquals(customer, repository.find("Invitation", invitation).orElseThrow().values().get("customer"));
        List<Object[]> rows = new java.util.ArrayList<>();
        repository.scan("Invitation", List.of(RecordRepository.OWNER, "customer", "result"), (id, version, values) -> rows.add(values));
        assertEquals(1, rows.size());
        assertEquals(List.of(activity, customer, "ACCEPTED"), List.of(rows.get(0)));
        StoredRecord changed = repository.update("Invitation", invitation, 1, Map.of("attendedCount", 3L, "result", "ATTENDED"));
        assertEquals(customer, changed.values().get("customer"), "an update keeps the reference");
    }
    @Test
    void theSecondOfTwoConcurrentEditsGetsAConflictAndNothingIsOverwritten() throws Exception {
        StoredRecord original = repository.create("Customer", Map.of("fullName", "西安建工集团", "region", "西安"));
        StoredRecord editorA = repository.find("Customer", original.id()).orElseThrow();
        StoredRecord editorB = repository.find("Customer", original.id()).orElseThrow();

        StoredRecord savedByA = repository.update("Customer", editorA.id(), editorA.version(), Map.of("region", "咸阳"));
        assertEquals(editorA.version() + 1, savedByA.version());
        StoreException conflict = assertThrows(StoreException.class,
                () -> repository.update("Customer", editorB.id(), editorB.version(), Map.of("region", "宝鸡")));
        assertEquals(StoreException.Reason.CONFLICT, conflict.reason());
        assertTrue(conflict.getMessage().contains("Customer #" + original.id()), conflict.getMessage());
        assertEquals("咸阳", repository.find("Customer", original.id()).orElseThrow().values().get("region"));
    }

    @Test
    void updateAllWritesAChunkInOneTransactionAndLeavesStaleRecordsOut() throws Exception {
        List<Long> ids = repository.createAll("Customer", List.of(Map.of("fullName", "甲"), Map.of("fullName", "乙"), Map.of("fullName", "丙")));
        repository.update("Customer", ids.get(1), 1, Map.of("region", "成都")); // someone else saved 乙: version 2
        RecordRepository.Updates updates = repository.updateAll("Customer", List.of(new RecordRepository.RecordChange(ids.get(0), 1, Map.of("relationshipGrade", "S")),
                new RecordRepository.RecordChange(ids.get(1), 1, Map.of("relationshipGrade", "A")),
                new RecordRepository.RecordChange(ids.get(2), 1, Map.of("relationshipGrade", "B")), new RecordRepository.RecordChange(-7, 1, Map.of())));
        assertEquals(List.of(ids.get(0), ids.get(2)), updates.saved().stream().map(StoredRecord::id).toList());
        assertEquals(List.of(ids.get(1), -7L), updates.conflicts());
        assertEquals(2, updates.saved().get(0).version());
        assertEquals("S", repository.find("Customer", ids.get(0)).orElseThrow().values().get("relationshipGrade"));
        assertEquals(null, repository.find("Customer", ids.get(1)).orElseThrow().values().get("relationshipGrade"), "the stale change is not written");
        assertEquals("成都", repository.find("Customer", ids.get(1)).orElseThrow().values().get("region"));
        assertEquals(StoreException.Reason.CONFLICT, assertThrows(StoreException.class,
                () -> repository.update("Customer", ids.get(2), 1, Map.of("region", "x"))).reason(), "updateAll raised the version");
    }

    @Test
    void aNewerRowInTheDatabaseIsDetectedEvenWhenTheCacheIsStale() throws Exception {
        StoredRecord record = repository.create("Customer", Map.of("fullName", "成都路桥", "region", "成都"));
        repository.find("Customer", record.id()).orElseThrow(); // now in EclipseLink's shared cache
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE CB_CUSTOMER SET F_REGION = '绵阳', VERSION = VERSION + 1 WHERE ID = " + record.id());
            c.commit();
        }
        StoreException conflict = assertThrows(StoreException.class,
                () -> repository.update("Customer", record.id(), record.version(), Map.of("region", "德阳")));
        assertEquals(StoreException.Reason.CONFLICT, conflict.reason());
        try (Connection c = database.connect(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT F_REGION FROM CB_CUSTOMER WHERE ID = " + record.id())) {
            rs.next();
            assertEquals("绵阳", rs.getString(1), "the other writer's value stays");
        }
    }
}
