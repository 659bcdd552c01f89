package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.clientbench.store.AuditActor;
import io.clientbench.store.AuditEntry;
import io.clientbench.store.AuditEntry.Action;
import io.clientbench.store.AuditQuery;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.RecordRepository.BatchProgress;
import io.clientbench.store.RecordRepository.ImportBatch;
import io.clientbench.store.RecordRepository.RecordChange;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoreException.Reason;
import io.clientbench.store.StoredRecord;

/** Every kind of write leaves its audit lines, with the right old and new values, in its own transaction. */
class AuditLogTest {

    @TempDir
    Path folder;
    private TestStore store;
    private JpaRecordRepository repository;
    private JdbcAuditLog log;

    @BeforeEach
    void open() throws Exception {
        AuditActor.use(() -> "alice");
        store = new TestStore(folder);
        repository = store.repository;
        log = new JdbcAuditLog(store.database);
    }

    @AfterEach
    void close() {
        AuditActor.reset();
        store.close();
    }

    @Test
    void aCreateAndAnUpdateAreLoggedFieldByFieldWithWhoAndOldAndNewValues() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        StoredRecord created = repository.create("Customer", Map.of("fullName", "四川华西集团", "region", "成都",
                "historyDealAmount", new BigDecimal("100.5000")));
        List<AuditEntry> lines = lines(AuditQuery.all().withRecord(created.id()));
        assertEquals(List.of("fullName=四川华西集团", "historyDealAmount=100.5", "region=成都"),
                lines.reversed().stream().map(l -> l.field() + "=" + l.newValue()).toList());
        assertTrue(lines.stream().allMatch(l -> l.action() == Action.CREATE && l.oldValue() == null && "alice".equals(l.actor())
                && "Customer".equals(l.entity()) && !l.at().isBefore(before)));

        AuditActor.use(() -> "bob");
        Map<String, Object> changes = new HashMap<>();
        changes.put("region", "绵阳");
        changes.put("fullName", "四川华西集团"); // unchanged: no line
        changes.put("firstContact", LocalDate.of(2025, 3, 1));
        changes.put("historyDealAmount", null);
        repository.update("Customer", created.id(), created.version(), changes);
        List<AuditEntry> updates = lines(AuditQuery.all().withRecord(created.id()).withActor("bob"));
        assertEquals(List.of("firstContact: null -> 2025-03-01", "historyDealAmount: 100.5 -> null", "region: 成都 -> 绵阳"),
                updates.reversed().stream().map(l -> l.field() + ": " + l.oldValue() + " -> " + l.newValue()).toList());
        assertTrue(updates.stream().allMatch(l -> l.action() == Action.UPDATE));
        assertEquals(6, log.count(AuditQuery.all().withRecord(created.id())));
    }

    @Test
    void aStaleOrFailedWriteLeavesNoLine() throws Exception {
        StoredRecord created = repository.create("Customer", Map.of("fullName", "贵州建工"));
        repository.update("Customer", created.id(), 1, Map.of("region", "贵阳"));
        int lines = log.count(AuditQuery.all());
        StoreException stale = assertThrows(StoreException.class, () -> repository.update("Customer", created.id(), 1, Map.of("region", "遵义")));
        assertEquals(Reason.CONFLICT, stale.reason());
        // a write the database refuses after the audit lines would be sent: a name longer than its column
        assertThrows(StoreException.class, () -> repository.createTogether(List.of(new RecordRepository.NewRecord("Customer", Map.of("fullName", "好")),
                new RecordRepository.NewRecord("Customer", Map.of("fullName", "长".repeat(5000))))));
        StoreException canceled = assertThrows(StoreException.class, () -> repository.importRecords("Customer", "big.csv", customers("戊", 1200),
                List.of(new RecordChange(created.id(), 2, Map.of("region", "六盘水"))), List.of(), cancelAt(1000)));
        assertEquals(Reason.CANCELED, canceled.reason());
        assertEquals(lines, log.count(AuditQuery.all()), "nothing audited for writes that were not committed");
        assertEquals(0, log.count(AuditQuery.all().withText("六盘水")));
    }

    @Test
    void bulkWritesImportsAndTheirUndoAreLogged() throws Exception {
        List<Long> ids = repository.createAll("Customer", customers("甲", 3));
        AuditEntry bulk = lines(AuditQuery.all().withEntity("Customer")).getFirst();
        assertEquals(Action.CREATE_ALL, bulk.action());
        assertEquals(ids.get(0) + "-" + ids.get(2), bulk.newValue());

        RecordRepository.Updates updated = repository.updateAll("Customer", List.of(new RecordChange(ids.get(0), 1, Map.of("relationshipGrade", "S")),
                new RecordChange(ids.get(1), 7, Map.of("relationshipGrade", "A"))));
        assertEquals(List.of(ids.get(1)), updated.conflicts());
        assertEquals(1, log.count(AuditQuery.all().withRecord(ids.get(0))));
        assertEquals(0, log.count(AuditQuery.all().withRecord(ids.get(1))), "the stale record was not changed, nor audited");
        AuditEntry grade = lines(AuditQuery.all().withRecord(ids.get(0))).getFirst();
        assertEquals("relationshipGrade", grade.field());
        assertNull(grade.oldValue());
        assertEquals("S", grade.newValue());

        int before = log.count(AuditQuery.all());
        ImportBatch batch = repository.importRecords("Customer", "客户.csv", customers("乙", 1200),
                List.of(new RecordChange(ids.get(2), 1, Map.of("region", "重庆"))), List.of(), BatchProgress.NONE);
        List<AuditEntry> imported = lines(AuditQuery.all()).subList(0, log.count(AuditQuery.all()) - before);
        assertEquals(2, imported.size(), "1200 created records make one line, the changed record one per field");
        AuditEntry summary = imported.stream().filter(l -> l.action() == Action.IMPORT).findFirst().orElseThrow();
        assertEquals(batch.id(), summary.batchId());
        assertEquals("客户.csv", summary.newValue());
        AuditEntry change = imported.stream().filter(l -> l.action() == Action.UPDATE).findFirst().orElseThrow();
        assertEquals(List.of(ids.get(2), "region", "重庆", batch.id()), List.of(change.recordId(), change.field(), change.newValue(), change.batchId()));

        repository.undoImport(batch.id());
        AuditEntry undo = lines(AuditQuery.all()).getFirst();
        assertEquals(List.of(Action.UNDO_IMPORT, batch.id()), List.of(undo.action(), undo.batchId()));
    }

    @Test
    void childRecordsBelongToTheirCustomerAndTogetherWritesAreLogged() throws Exception {
        StoredRecord customer = repository.create("Customer", Map.of("fullName", "绵阳电子"));
        List<StoredRecord> together = repository.createTogether(List.of(
                new RecordRepository.NewRecord("Contact", Map.of(RecordRepository.OWNER, customer.id(), "name", "张伟")),
                new RecordRepository.NewRecord("Contact", Map.of(RecordRepository.OWNER, customer.id(), "name", "王芳"))));
        repository.update("Contact", together.get(1).id(), 1, Map.of("name", "王芳芳"));
        List<AuditEntry> ofCustomer = lines(AuditQuery.all().withRecord(customer.id()));
        assertEquals(List.of("王芳 -> 王芳芳", "null -> 王芳", "null -> 张伟", "null -> 绵阳电子"),
                ofCustomer.stream().map(l -> l.oldValue() + " -> " + l.newValue()).toList());
        assertEquals(customer.id(), ofCustomer.getFirst().customerId());
        assertEquals(1, log.count(AuditQuery.all().withEntity("Contact").withText("芳芳")));
    }

    @Test
    void theEditorsSaveWithMarksAndAMergeOfDuplicatesAreLogged() throws Exception {
        StoredRecord saved = repository.save("Customer", -1, 0, Map.of("fullName", "金鹏物流"), Map.of("region", "TO_BE_CONFIRMED"));
        StoredRecord edited = repository.save("Customer", saved.id(), saved.version(), Map.of("region", "成都"), Map.of());
        List<AuditEntry> lines = lines(AuditQuery.all().withRecord(saved.id()));
        // the 待确认 mark set with the first save and cleared by the second (region has its value) are lines of their own
        assertEquals(List.of("DELETE region TO_BE_CONFIRMED -> null", "UPDATE region null -> 成都", "CREATE region null -> TO_BE_CONFIRMED",
                "CREATE fullName null -> 金鹏物流"),
                lines.stream().map(l -> l.action() + " " + l.field() + " " + l.oldValue() + " -> " + l.newValue()).toList());

        StoredRecord duplicate = repository.create("Customer", Map.of("fullName", "金鹏物流有限公司"));
        repository.merge(new io.clientbench.store.RecordMerger.MergeRequest("Customer", edited.id(), edited.version(),
                Map.of("fullName", "金鹏物流有限公司"), Map.of(duplicate.id(), duplicate.version()), "dup"));
        AuditEntry deleted = lines(AuditQuery.all().withRecord(duplicate.id())).getFirst();
        assertEquals(Action.DELETE, deleted.action());
        assertTrue(deleted.newValue().contains("#" + edited.id()), deleted.newValue());
        AuditEntry renamed = lines(AuditQuery.all().withRecord(edited.id())).getFirst();
        assertEquals(java.util.Arrays.asList("fullName", "金鹏物流", "金鹏物流有限公司"), java.util.Arrays.asList(renamed.field(), renamed.oldValue(), renamed.newValue()));
    }

    @Test
    void anAnalysisReplacingItsTagsIsOneDeleteAndOneBulkCreateLine() throws Exception {
        long customer = repository.create("Customer", Map.of("fullName", "甲")).id();
        for (int run = 0; run < 2; run++) {
            repository.replaceOwned(List.of(customer), List.of(new io.clientbench.store.OwnedRecords.Replacement("Tag", "rule", "rfm/",
                    List.of(Map.of(RecordRepository.OWNER, customer, "name", "VIP", "rule", "rfm/vip")))));
        }
        List<AuditEntry> tags = lines(AuditQuery.all().withEntity("Tag"));
        assertEquals(List.of("CREATE_ALL", "DELETE 1 × rfm/*", "CREATE_ALL", "DELETE 0 × rfm/*"),
                tags.stream().map(l -> l.action() == Action.DELETE ? "DELETE " + l.newValue() : l.action().name()).toList());
    }

    @Test
    void migrationsAreOneLineAndQueriesFilterAndPage() throws Exception {
        List<AuditEntry> migrations = lines(AuditQuery.all().withText("CREATE TABLE"));
        assertEquals(1, migrations.size(), "the set-up's migration of every table is one line");
        assertEquals(Action.MIGRATE, migrations.getFirst().action());
        new JdbcSchemaStore(store.database).migrate(TestStore.registry().schema());
        assertEquals(1, log.count(AuditQuery.all().withText("CREATE TABLE")), "a migration with nothing to do leaves no line");

        for (int i = 0; i < 30; i++) {
            repository.create("Customer", Map.of("fullName", "客户" + i));
        }
        AuditActor.use(() -> "carol");
        repository.create("Customer", Map.of("fullName", "最后"));
        assertEquals(31, log.count(AuditQuery.all().withEntity("Customer")));
        assertEquals(1, log.count(AuditQuery.all().withActor("carol")));
        List<AuditEntry> page = log.query(AuditQuery.all().withEntity("Customer"), 0, 10);
        assertEquals("最后", page.getFirst().newValue(), "newest first");
        assertEquals("客户21", page.get(9).newValue());
        assertEquals("客户11", log.query(AuditQuery.all().withEntity("Customer"), 10, 10).get(9).newValue());
        assertEquals(0, log.count(AuditQuery.all().between(Instant.now().plusSeconds(60), null)));
        assertEquals(31, log.count(AuditQuery.all().withEntity("Customer").between(Instant.now().minusSeconds(600), Instant.now().plusSeconds(1))));
    }

    private List<AuditEntry> lines(AuditQuery query) throws StoreException {
        return log.query(query, 0, 10_000);
    }

    private static BatchProgress cancelAt(int rows) {
        int[] seen = { 0 };
        return new BatchProgress() {
            @Override
            public void written(int written) {
                seen[0] = written;
            }

            @Override
            public boolean isCanceled() {
                return seen[0] >= rows;
            }
        };
    }

    private static List<Map<String, Object>> customers(String prefix, int count) {
        return java.util.stream.IntStream.range(0, count).<Map<String, Object>>mapToObj(i -> Map.of("fullName", prefix + i, "region", "成都")).toList();
    }
}
