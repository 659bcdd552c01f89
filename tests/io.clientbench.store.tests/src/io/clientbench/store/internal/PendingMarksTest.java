package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;

/** A customer saved with its 待确认/待补充 marks: marks created, changed and removed with the values, in one transaction. */
class PendingMarksTest {

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
    void marksFollowTheSave() throws Exception {
        StoredRecord created = repository.save("Customer", -1, 0, Map.of("fullName", "金鹏物流有限公司"),
                Map.of("sizeBand", "TO_BE_CONFIRMED", "region", "TO_BE_COMPLETED"));
        assertEquals(Map.of("sizeBand", "TO_BE_CONFIRMED", "region", "TO_BE_COMPLETED"), repository.marks("Customer", created.id()));
        assertEquals(2, repository.findByOwner("PendingField", created.id()).size());

        // the region got its value and loses its mark; the size is now to be completed
        StoredRecord updated = repository.save("Customer", created.id(), created.version(), Map.of("region", "上海"),
                Map.of("sizeBand", "TO_BE_COMPLETED"));
        assertEquals("上海", updated.values().get("region"));
        assertEquals(Map.of("sizeBand", "TO_BE_COMPLETED"), repository.marks("Customer", created.id()));

        // a stale save changes nothing, marks included
        StoreException stale = assertThrows(StoreException.class, () -> repository.save("Customer", created.id(), created.version(),
                new HashMap<>(Map.of("owner", "王磊")), Map.of()));
        assertEquals(StoreException.Reason.CONFLICT, stale.reason());
        assertEquals(Map.of("sizeBand", "TO_BE_COMPLETED"), repository.marks("Customer", created.id()));
        assertNull(repository.find("Customer", created.id()).orElseThrow().values().get("owner"));

        // only a mark changes: the version still moves, so a second editor on the old version gets a conflict
        StoredRecord marked = repository.save("Customer", created.id(), updated.version(), Map.of(), Map.of("sizeBand", "TO_BE_CONFIRMED"));
        assertEquals(updated.version() + 1, marked.version());
        assertEquals(marked.version(), repository.find("Customer", created.id()).orElseThrow().version());
        assertEquals(StoreException.Reason.CONFLICT, assertThrows(StoreException.class, () -> repository.save("Customer", created.id(),
                updated.version(), Map.of(), Map.of())).reason());
        assertEquals(Map.of("sizeBand", "TO_BE_CONFIRMED"), repository.marks("Customer", created.id()));

        repository.save("Customer", created.id(), marked.version(), Map.of("sizeBand", "SMALL"), Map.of());
        assertEquals(Map.of(), repository.marks("Customer", created.id()));
        assertThrows(IllegalArgumentException.class, () -> repository.save("Deal", -1, 0, Map.of(), Map.of()));
    }
}
