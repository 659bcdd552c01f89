package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.clientbench.store.AuditEntry;
import io.clientbench.store.AuditEntry.Action;
import io.clientbench.store.AuditQuery;
import io.clientbench.store.RecordMerger.MergeEntry;
import io.clientbench.store.RecordMerger.MergeRequest;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;

/** Undoing a duplicate merge: both customers back as they were, with what each owned, or nothing changed at all. */
class MergeUndoTest {

    private static final String OWNER = RecordRepository.OWNER;

    @TempDir
    Path folder;
    private TestStore store;
    private JpaRecordRepository repository;
    private StoredRecord survivor;
    private StoredRecord duplicate;
    private StoredRecord bystander;
    private Map<String, List<Long>> survivorOwns;
    private Map<String, List<Long>> duplicateOwns;
    private long invitation;

    @BeforeEach
    void open() throws Exception {
        store = new TestStore(folder);
        repository = store.repository;
        survivor = repository.create("Customer", Map.of("fullName", "北京华信科技有限公司", "region", "北京"));
        duplicate = repository.create("Customer", Map.of("fullName", "华信科技(北京)股份有限公司", "dataSource", "展会",
                "remarks", "老客户"));
        bystander = repository.create("Customer", Map.of("fullName", "鼎盛建筑工程有限公司"));
        child("Contact", survivor, Map.of("name", "王伟"));
        child("Deal", survivor, Map.of("date", LocalDate.of(2026, 2, 1), "amount", new BigDecimal("1200.50")));
        child("Contact", duplicate, Map.of("name", "李娜", "mobile", "13800138000"));
        child("Deal", duplicate, Map.of("date", LocalDate.of(2026, 3, 1), "amount", new BigDecimal("50000")));
        child("Deal", duplicate, Map.of("date", LocalDate.of(2026, 9, 1), "amount", new BigDecimal("80000")));
        child("FollowUp", duplicate, Map.of("time", LocalDateTime.of(2026, 11, 2, 10, 0), "content", "电话回访"));
        child("PendingField", duplicate, Map.of("field", "sizeBand", "state", "TO_BE_CONFIRMED"));
        child("Deal", bystander, Map.of("date", LocalDate.of(2026, 1, 1), "amount", new BigDecimal("1")));
        StoredRecord activity = repository.create("Activity", Map.of("name", "年终答谢会"));
        invitation = repository.create("Invitation", Map.of(OWNER, activity.id(), "customer", duplicate.id())).id();
        survivorOwns = owned(survivor.id());
        duplicateOwns = owned(duplicate.id());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void undoBringsBothCustomersBackWithEverythingTheyOwned() throws Exception {
        MergeEntry merge = merge();
        assertEquals(List.of(), owned(duplicate.id()).values().stream().flatMap(List::stream).toList(), "merged: all moved");

        MergeEntry undone = repository.undo(merge.id());

        assertTrue(undone.undone());
        StoredRecord back = repository.find("Customer", duplicate.id()).orElseThrow();
        assertEquals(duplicate.values(), back.values(), "the merged-away customer with its old id and values");
        assertEquals(duplicate.version(), back.version(), "the version it was deleted at, with that version's values");
        StoredRecord restored = repository.find("Customer", survivor.id()).orElseThrow();
        assertEquals(survivor.values(), restored.values(), "the survivor's values from before the merge (no data source, old name)");
        assertEquals(survivorOwns, owned(survivor.id()));
        assertEquals(duplicateOwns, owned(duplicate.id()));
        assertEquals(duplicate.id(), ((Number) repository.find("Invitation", invitation).orElseThrow().values().get("customer")).longValue());
        assertEquals(1, repository.findByOwner("Deal", bystander.id()).size());
        // the records can be edited again at once (nothing stale in the cache)
        long deal = duplicateOwns.get("Deal").getFirst();
        repository.update("Deal", deal, repository.find("Deal", deal).orElseThrow().version(), Map.of("amount", new BigDecimal("51000")));
        repository.update("Customer", duplicate.id(), back.version(), Map.of("region", "天津"));

        MergeEntry listed = repository.merges().getFirst();
        assertEquals(merge.id(), listed.id());
        assertTrue(listed.undone(), "the journal keeps the merge, marked undone");
        assertEquals(List.of(duplicate.id()), listed.mergedIds());

        List<AuditEntry> lines = auditLines(AuditQuery.all().withRecord(duplicate.id()));
        assertTrue(lines.stream().anyMatch(l -> l.action() == Action.CREATE && "fullName".equals(l.field())
                && "华信科技(北京)股份有限公司".equals(l.newValue())), lines.toString());
        AuditEntry undoLine = auditLines(AuditQuery.all().withRecord(survivor.id())).stream()
                .filter(l -> l.action() == Action.UNDO_MERGE).findFirst().orElseThrow();
        assertTrue(undoLine.newValue().contains("#" + duplicate.id()), undoLine.newValue());
        assertTrue(auditLines(AuditQuery.all().withRecord(survivor.id())).stream().anyMatch(l -> l.action() == Action.UPDATE
                && "fullName".equals(l.field()) && "华信科技(北京)股份有限公司".equals(l.oldValue()) && "北京华信科技有限公司".equals(l.newValue())));
    }

    @Test
    void aSurvivorChangedAfterTheMergeRefusesTheUndoAndNothingChanges() throws Exception {
        MergeEntry merge = merge();
        StoredRecord merged = repository.find("Customer", survivor.id()).orElseThrow();
        repository.update("Customer", survivor.id(), merged.version(), Map.of("region", "上海"));
        int lines = auditLines(AuditQuery.all()).size();

        StoreException refused = assertThrows(StoreException.class, () -> repository.undo(merge.id()));

        assertEquals(StoreException.Reason.CONFLICT, refused.reason());
        assertTrue(refused.getMessage().contains("华信") && refused.getMessage().contains("#" + survivor.id()), refused.getMessage());
        assertTrue(repository.find("Customer", duplicate.id()).isEmpty());
        assertEquals("上海", repository.find("Customer", survivor.id()).orElseThrow().values().get("region"));
        assertEquals(List.of(), owned(duplicate.id()).values().stream().flatMap(List::stream).toList());
        assertFalse(repository.merges().getFirst().undone());
        assertEquals(lines, auditLines(AuditQuery.all()).size(), "no audit line for a refused undo");
    }

    @Test
    void aMovedRecordChangedOrDeletedAfterTheMergeRefusesTheUndo() throws Exception {
        MergeEntry merge = merge();
        long followUp = duplicateOwns.get("FollowUp").getFirst();
        repository.update("FollowUp", followUp, 1, Map.of("result", "已报价"));

        StoreException refused = assertThrows(StoreException.class, () -> repository.undo(merge.id()));

        assertTrue(refused.getMessage().contains("#" + followUp), refused.getMessage());
        assertTrue(repository.find("Customer", duplicate.id()).isEmpty());
        assertEquals("展会", repository.find("Customer", survivor.id()).orElseThrow().values().get("dataSource"));
        assertFalse(repository.merges().getFirst().undone());
    }

    @Test
    void anUndoneMergeCannotBeUndoneTwice() throws Exception {
        MergeEntry merge = merge();
        repository.undo(merge.id());
        StoredRecord afterUndo = repository.find("Customer", duplicate.id()).orElseThrow();

        StoreException refused = assertThrows(StoreException.class, () -> repository.undo(merge.id()));

        assertEquals(StoreException.Reason.CONFLICT, refused.reason());
        assertTrue(refused.getMessage().contains("北京华信科技有限公司"), refused.getMessage());
        assertEquals(afterUndo, repository.find("Customer", duplicate.id()).orElseThrow());
        assertEquals(duplicateOwns, owned(duplicate.id()));
        assertThrows(StoreException.class, () -> repository.undo(merge.id() + 999));
    }

    @Test
    void aJournalFromBeforeUndoIsKeptAndItsMergesAreRefusedClearly() throws Exception {
        try (java.sql.Connection connection = store.database.connect(); java.sql.Statement sql = connection.createStatement()) {
            // the journal's tables as the first release of the merge made them, with one merge in them
            sql.executeUpdate("CREATE TABLE CB_MERGE (ID BIGINT NOT NULL PRIMARY KEY, ENTITY VARCHAR(128) NOT NULL, "
                    + "SURVIVOR_ID BIGINT NOT NULL, LABEL VARCHAR(255), MERGED_AT TIMESTAMP NOT NULL)");
            sql.executeUpdate("CREATE TABLE CB_MERGE_ENTRY (MERGE_ID BIGINT NOT NULL, KIND CHAR(1) NOT NULL, ENTITY VARCHAR(160) NOT NULL, "
                    + "RECORD_ID BIGINT NOT NULL, FROM_ID BIGINT, BEFORE_VALUES CLOB)");
            sql.executeUpdate("INSERT INTO CB_MERGE VALUES (7, 'Customer', " + bystander.id() + ", '旧合并', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO CB_MERGE_ENTRY VALUES (7, 'S', 'Customer', " + bystander.id() + ", NULL, 'fullName=\\=x')");
            connection.commit();
        }
        MergeEntry merge = merge();

        List<MergeEntry> merges = repository.merges();
        assertEquals(List.of(merge.id(), 7L), merges.stream().map(MergeEntry::id).toList(), "the old merge is kept beside the new one");
        StoreException refused = assertThrows(StoreException.class, () -> repository.undo(7));
        assertTrue(refused.getMessage().contains("旧合并"), refused.getMessage());
        repository.undo(merge.id());
        assertTrue(repository.find("Customer", duplicate.id()).isPresent());
    }

    @Test
    void mergesUndoneNewestFirstGiveEveryCustomerBack() throws Exception {
        MergeEntry first = merge();
        StoredRecord merged = repository.find("Customer", survivor.id()).orElseThrow();
        // the merged customer is itself merged into a third one
        MergeEntry second = repository.merge(new MergeRequest("Customer", bystander.id(), bystander.version(), Map.of("region", "北京"),
                Map.of(survivor.id(), merged.version()), "鼎盛建筑工程有限公司"));
        assertTrue(repository.find("Customer", survivor.id()).isEmpty());

        repository.undo(second.id());
        assertEquals(merged.values(), repository.find("Customer", survivor.id()).orElseThrow().values());
        repository.undo(first.id());

        assertEquals(survivor.values(), repository.find("Customer", survivor.id()).orElseThrow().values());
        assertEquals(duplicate.values(), repository.find("Customer", duplicate.id()).orElseThrow().values());
        assertEquals(bystander.values(), repository.find("Customer", bystander.id()).orElseThrow().values());
        assertEquals(survivorOwns, owned(survivor.id()));
        assertEquals(duplicateOwns, owned(duplicate.id()));
        assertEquals(1, repository.findByOwner("Deal", bystander.id()).size());
        assertEquals(duplicate.id(), ((Number) repository.find("Invitation", invitation).orElseThrow().values().get("customer")).longValue());
    }

    private MergeEntry merge() throws StoreException {
        return repository.merge(new MergeRequest("Customer", survivor.id(), survivor.version(),
                Map.of("dataSource", "展会", "fullName", "华信科技(北京)股份有限公司"), Map.of(duplicate.id(), duplicate.version()),
                "北京华信科技有限公司"));
    }

    private void child(String entity, StoredRecord owner, Map<String, Object> values) throws StoreException {
        Map<String, Object> all = new HashMap<>(values);
        all.put(OWNER, owner.id());
        repository.create(entity, all);
    }

    private List<AuditEntry> auditLines(AuditQuery query) throws StoreException {
        return new JdbcAuditLog(store.database).query(query, 0, 10_000);
    }

    /** The ids of the records a customer owns, by entity. */
    private Map<String, List<Long>> owned(long customer) throws StoreException {
        Map<String, List<Long>> owned = new HashMap<>();
        for (String entity : List.of("Contact", "Deal", "FollowUp", "PendingField")) {
            owned.put(entity, repository.findByOwner(entity, customer).stream().map(StoredRecord::id).toList());
        }
        return owned;
    }
}
