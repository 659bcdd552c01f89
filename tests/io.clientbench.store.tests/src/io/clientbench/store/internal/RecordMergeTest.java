package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.clientbench.store.RecordMerger.MergeEntry;
import io.clientbench.store.RecordMerger.MergeRequest;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;

/** Merging duplicate customers: nothing they own or that points at them is lost, and the journal keeps the old values. */
class RecordMergeTest {

    private static final String OWNER = RecordRepository.OWNER;

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
    void movesEverythingToTheSurvivorAndJournalsTheOldValues() throws Exception {
        StoredRecord survivor = repository.create("Customer", Map.of("fullName", "北京华信科技有限公司", "region", "北京"));
        StoredRecord duplicate = repository.create("Customer", Map.of("fullName", "华信科技(北京)股份有限公司", "dataSource", "展会"));
        StoredRecord bystander = repository.create("Customer", Map.of("fullName", "鼎盛建筑工程有限公司"));
        long survivorContact = child("Contact", survivor, Map.of("name", "王伟"));
        long contact = child("Contact", duplicate, Map.of("name", "李娜", "mobile", "13800138000"));
        long deal1 = child("Deal", duplicate, Map.of("date", LocalDate.of(2026, 3, 1), "amount", new BigDecimal("50000")));
        long deal2 = child("Deal", duplicate, Map.of("date", LocalDate.of(2026, 9, 1), "amount", new BigDecimal("80000")));
        long followUp = child("FollowUp", duplicate, Map.of("time", LocalDateTime.of(2026, 11, 2, 10, 0), "content", "电话回访"));
        long pending = child("PendingField", duplicate, Map.of("field", "sizeBand", "state", "TO_BE_CONFIRMED"));
        long other = child("Deal", bystander, Map.of("date", LocalDate.of(2026, 1, 1), "amount", new BigDecimal("1")));
        StoredRecord activity = repository.create("Activity", Map.of("name", "年终答谢会"));
        StoredRecord invitation = repository.create("Invitation", Map.of(OWNER, activity.id(), "customer", duplicate.id()));

        MergeEntry entry = repository.merge(new MergeRequest("Customer", survivor.id(), survivor.version(),
                Map.of("dataSource", "展会"), Map.of(duplicate.id(), duplicate.version()), "北京华信科技有限公司"));

        assertTrue(repository.find("Customer", duplicate.id()).isEmpty(), "the duplicate is gone");
        StoredRecord merged = repository.find("Customer", survivor.id()).orElseThrow();
        assertEquals("展会", merged.values().get("dataSource"));
        assertEquals("北京", merged.values().get("region"));
        assertEquals(List.of(survivorContact, contact), ids("Contact", survivor));
        assertEquals(List.of(deal1, deal2), ids("Deal", survivor));
        assertEquals(List.of(followUp), ids("FollowUp", survivor));
        assertEquals(List.of(pending), ids("PendingField", survivor));
        assertEquals(List.of(other), ids("Deal", bystander), "another customer's deal stays where it was");
        assertEquals(survivor.id(), ((Number) repository.find("Invitation", invitation.id()).orElseThrow().values().get("customer")).longValue());
        // a moved record can still be edited: the cache does not hold its old owner
        repository.update("FollowUp", followUp, 1, Map.of("result", "已报价"));
        assertEquals(List.of(followUp), ids("FollowUp", survivor));

        assertEquals(List.of(duplicate.id()), entry.mergedIds());
        List<MergeEntry> journal = repository.merges();
        assertEquals(1, journal.size());
        MergeEntry kept = journal.get(0);
        assertEquals(survivor.id(), kept.survivorId());
        assertEquals(List.of(duplicate.id()), kept.mergedIds());
        assertEquals("华信科技(北京)股份有限公司", kept.before().get(duplicate.id()).get("fullName"));
        assertEquals("展会", kept.before().get(duplicate.id()).get("dataSource"));
        assertNull(kept.before().get(survivor.id()).get("dataSource"), "the survivor had no data source before");
        assertEquals(List.of(contact), kept.moved().get("Contact"));
        assertEquals(List.of(deal1, deal2), kept.moved().get("Deal"));
        assertEquals(List.of(invitation.id()), kept.moved().get("Invitation.customer"));
    }

    @Test
    void aStaleRecordRefusesTheWholeMerge() throws Exception {
        StoredRecord survivor = repository.create("Customer", Map.of("fullName", "金鹏物流有限公司"));
        StoredRecord duplicate = repository.create("Customer", Map.of("fullName", "金鹏物流"));
        long deal = child("Deal", duplicate, Map.of("date", LocalDate.of(2026, 3, 1), "amount", new BigDecimal("500")));
        repository.update("Customer", duplicate.id(), duplicate.version(), Map.of("region", "上海")); // someone saved it since

        StoreException refused = assertThrows(StoreException.class, () -> repository.merge(new MergeRequest("Customer", survivor.id(),
                survivor.version(), Map.of("region", "上海"), Map.of(duplicate.id(), duplicate.version()), "金鹏物流有限公司")));

        assertEquals(StoreException.Reason.CONFLICT, refused.reason());
        assertTrue(refused.getMessage().contains(Long.toString(duplicate.id())), refused.getMessage());
        assertTrue(repository.find("Customer", duplicate.id()).isPresent());
        assertEquals(List.of(deal), ids("Deal", duplicate));
        assertNull(repository.find("Customer", survivor.id()).orElseThrow().values().get("region"));
        assertEquals(1, repository.find("Customer", survivor.id()).orElseThrow().version());
        assertTrue(repository.merges().isEmpty());
    }

    private long child(String entity, StoredRecord owner, Map<String, Object> values) throws StoreException {
        Map<String, Object> all = new java.util.HashMap<>(values);
        all.put(OWNER, owner.id());
        return repository.create(entity, all).id();
    }

    private List<Long> ids(String entity, StoredRecord owner) throws StoreException {
        return repository.findByOwner(entity, owner.id()).stream().map(StoredRecord::id).toList();
    }
}
