package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.clientbench.store.RecordRepository;
import io.clientbench.store.RecordRepository.BatchProgress;
import io.clientbench.store.RecordRepository.ImportBatch;
import io.clientbench.store.RecordRepository.RecordChange;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoreException.Reason;
import io.clientbench.store.StoredRecord;

/** An import is one transaction the store remembers, and undoing it takes back exactly that import. */
class ImportBatchTest {

    @TempDir
    Path folder;
    private TestStore store;
    private JpaRecordRepository repository;

    @BeforeEach
    void open() throws Exception {
        store = new TestStore(folder);
        repository = store.repository;
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void undoDeletesWhatOneImportCreatedAndRestoresWhatItChangedLeavingTheOtherImport() throws Exception {
        StoredRecord existing = repository.create("Customer", Map.of("fullName", "四川华西集团", "region", "成都",
                "historyDealAmount", new BigDecimal("100.5000")));
        // each import also marks a field 待确认 on a record it creates (and the second on the record it changes)
        ImportBatch first = repository.importRecords("Customer", "first.csv", customers("甲", 1200), List.of(),
                List.of(pending(0, -1, "region")), BatchProgress.NONE);
        Map<String, Object> changes = new HashMap<>();
        changes.put("region", "绵阳");
        changes.put("firstContact", LocalDate.of(2025, 3, 1));
        changes.put("historyDealAmount", new BigDecimal("2000"));
        ImportBatch second = repository.importRecords("Customer", "second.csv", customers("乙", 3),
                List.of(new RecordChange(existing.id(), existing.version(), changes)),
                List.of(pending(2, -1, "owner"), pending(-1, existing.id(), "industry")), BatchProgress.NONE);
        assertEquals(3, repository.findAll("PendingField").size());
        assertEquals("industry", repository.findByOwner("PendingField", existing.id()).get(0).values().get("field"));
        assertEquals(1200, first.created());
        assertEquals(3, second.created());
        assertEquals(1, second.updated());
        assertEquals(1 + 1200 + 3, names().size());
        assertEquals("绵阳", repository.find("Customer", existing.id()).orElseThrow().values().get("region"));
        assertEquals(List.of(second.id(), first.id()), repository.importBatches().stream().map(ImportBatch::id).toList());

        ImportBatch undone = repository.undoImport(second.id());
        assertTrue(undone.undone());
        List<String> names = names();
        assertEquals(1 + 1200, names.size());
        assertTrue(names.stream().noneMatch(n -> n.startsWith("乙")), "the undone import's records are gone");
        assertEquals(1200, names.stream().filter(n -> n.startsWith("甲")).count(), "the other import stays whole");
        StoredRecord restored = repository.find("Customer", existing.id()).orElseThrow();
        assertEquals("成都", restored.values().get("region"));
        assertEquals(new BigDecimal("100.5000"), restored.values().get("historyDealAmount"));
        assertFalse(restored.values().containsKey("firstContact"), "a value the import set where there was none is cleared");
        assertTrue(repository.importBatches().stream().filter(b -> b.id() == second.id()).findFirst().orElseThrow().undone());
        List<StoredRecord> marks = repository.findAll("PendingField");
        assertEquals(1, marks.size(), "the undone import's marks are gone, the other import's stays");
        assertEquals("region", marks.get(0).values().get("field"));

        StoreException again = assertThrows(StoreException.class, () -> repository.undoImport(second.id()));
        assertEquals(Reason.CONFLICT, again.reason());
        assertTrue(again.getMessage().contains("second.csv"), again.getMessage());
    }

    @Test
    void undoIsRefusedWhenAnImportedRecordWasEditedOrNowOwnsRecords() throws Exception {
        ImportBatch batch = repository.importRecords("Customer", "客户.csv", customers("丙", 5), List.of(), List.of(), BatchProgress.NONE);
        long edited = ids().getFirst();
        repository.update("Customer", edited, 1, Map.of("region", "重庆"));
        StoreException refused = assertThrows(StoreException.class, () -> repository.undoImport(batch.id()));
        assertEquals(Reason.CONFLICT, refused.reason());
        assertTrue(refused.getMessage().contains("#" + edited), refused.getMessage());
        assertEquals(5, names().size(), "nothing was deleted");

        ImportBatch other = repository.importRecords("Customer", "其他.csv", customers("丁", 2), List.of(), List.of(), BatchProgress.NONE);
        long owner = ids().getLast();
        repository.create("Contact", Map.of(RecordRepository.OWNER, owner, "name", "王五"));
        StoreException owns = assertThrows(StoreException.class, () -> repository.undoImport(other.id()));
        assertTrue(owns.getMessage().contains("Contact"), owns.getMessage());
        assertEquals(7, names().size());
        assertFalse(repository.importBatches().stream().anyMatch(ImportBatch::undone));
    }

    @Test
    void aCancelledOrConflictingImportStoresNothing() throws Exception {
        StoredRecord existing = repository.create("Customer", Map.of("fullName", "贵州建工"));
        int[] seen = { 0 };
        BatchProgress cancelAfterFirstChunk = new BatchProgress() {
            @Override
            public void written(int rows) {
                seen[0] = rows;
            }

            @Override
            public boolean isCanceled() {
                return seen[0] >= 1000;
            }
        };
        StoreException canceled = assertThrows(StoreException.class, () -> repository.importRecords("Customer", "big.csv",
                customers("戊", 2500), List.of(), List.of(), cancelAfterFirstChunk));
        assertEquals(Reason.CANCELED, canceled.reason());
        StoreException stale = assertThrows(StoreException.class, () -> repository.importRecords("Customer", "stale.csv",
                customers("己", 10), List.of(new RecordChange(existing.id(), existing.version() + 1, Map.of("region", "贵阳"))),
                List.of(), BatchProgress.NONE));
        assertEquals(Reason.CONFLICT, stale.reason());
        assertEquals(List.of("贵州建工"), names());
        assertTrue(repository.importBatches().isEmpty());
    }

    private static RecordRepository.OwnedRecord pending(int createIndex, long ownerId, String field) {
        return new RecordRepository.OwnedRecord("PendingField", createIndex, ownerId, Map.of("field", field, "state", "TO_BE_CONFIRMED"));
    }

    private static List<Map<String, Object>> customers(String prefix, int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Map.of("fullName", prefix + "客户" + i, "region", "北京"));
        }
        return rows;
    }

    private List<String> names() throws StoreException {
        List<String> names = new ArrayList<>();
        repository.scan("Customer", List.of("fullName"), (id, version, values) -> names.add((String) values[0]));
        return names;
    }

    private List<Long> ids() throws StoreException {
        List<Long> ids = new ArrayList<>();
        repository.scan("Customer", List.of("fullName"), (id, version, values) -> ids.add(id));
        ids.sort(null);
        return ids;
    }
}
