package io.clientbench.privacy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.model.SchemaRegistry;
import io.clientbench.privacy.MaskingRecordRepository;
import io.clientbench.privacy.Role;
import io.clientbench.privacy.RolePasswords;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;

/** The presentation read path masks by the schema's masking and the current role, and never writes a masked field. */
class MaskingRecordRepositoryTest {

    private final Map<Long, StoredRecord> contacts = new LinkedHashMap<>();
    private final List<Map<String, Object>> written = new ArrayList<>();
    private DefaultRoleSession session;
    private MaskingRecordRepository masking;

    @BeforeEach
    void setUp() throws Exception {
        ServiceTracker<SchemaRegistry, SchemaRegistry> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(MaskingRecordRepository.class).getBundleContext(), SchemaRegistry.class, null);
        tracker.open();
        SchemaRegistry schemas = tracker.waitForService(10_000);
        session = new DefaultRoleSession(new MemoryPasswords());
        masking = new MaskingRecordRepository(new ContactStore(), schemas::schema, session);
        contacts.put(1L, new StoredRecord("Contact", 1, 0, Map.of("name", "张三", "mobile", "13812345678", "officePhone",
                "010-12345678", "email", "zhangsan@corp.cn", "qq", "12345678", "title", "采购经理", "ownerId", 7L)));
        contacts.put(2L, new StoredRecord("Contact", 2, 0, Map.of("name", "李四", "role", "手机 13912340000 晚上打", "ownerId", 7L)));
    }

    @Test
    void salesAndServiceReadMaskedTheManagerWhole() throws Exception {
        session.switchTo(Role.SALES, "李销售", null, false);
        Map<String, Object> seen = masking.find("Contact", 1).orElseThrow().values();
        assertEquals("张*", seen.get("name"));
        assertEquals("138****5678", seen.get("mobile"));
        assertEquals("010-****5678", seen.get("officePhone"));
        assertEquals("z***@corp.cn", seen.get("email"));
        assertEquals("12****78", seen.get("qq"));
        assertEquals("采购经理", seen.get("title"), "a field without masking is shown whole");
        assertEquals("张*", masking.findByOwner("Contact", 7).get(0).values().get("name"));

        List<Object[]> rows = new ArrayList<>();
        masking.scan("Contact", List.of("title", "mobile", "name", RecordRepository.OWNER), (id, version, values) -> rows.add(values));
        assertEquals(List.of("采购经理", "138****5678", "张*", 7L), List.of(rows.get(0)));

        session.switchTo(Role.SERVICE, null, null, false);
        assertEquals("张*", masking.findAll("Contact").get(0).values().get("name"));
        session.switchTo(Role.MANAGER, "王经理", null, false);
        assertEquals("13812345678", masking.find("Contact", 1).orElseThrow().values().get("mobile"), "the next read follows the switch");
        session.switchTo(Role.MANAGER, "王经理", null, true);
        assertEquals("138****5678", masking.find("Contact", 1).orElseThrow().values().get("mobile"), "anonymised output");
    }

    @Test
    void aMaskedFieldIsNeverWrittenBackButOtherChangesAndCreatesAre() throws Exception {
        session.switchTo(Role.SALES, "李销售", null, false);
        StoreException refused = assertThrows(StoreException.class,
                () -> masking.update("Contact", 1, 0, Map.of("mobile", "138****5678")));
        assertTrue(refused.getMessage().contains("Mobile") || refused.getMessage().contains("手机"), refused.getMessage());
        assertThrows(StoreException.class, () -> masking.updateAll("Contact",
                List.of(new RecordRepository.RecordChange(1, 0, Map.of("name", "张*")))));
        assertThrows(StoreException.class, () -> masking.importRecords("Contact", "file", List.of(),
                List.of(new RecordRepository.RecordChange(1, 0, Map.of("qq", "12****78"))), List.of(), RecordRepository.BatchProgress.NONE));
        assertEquals(List.of(), written, "nothing reached the store");

        StoredRecord saved = masking.update("Contact", 1, 0, Map.of("title", "总经理"));
        assertEquals(List.of(Map.of("title", "总经理")), written);
        assertEquals("张*", saved.values().get("name"), "what comes back is masked too");
        StoredRecord created = masking.create("Contact", Map.of("name", "赵六", "mobile", "13900001111"));
        assertEquals("13900001111", contacts.get(created.id()).values().get("mobile"), "a new contact's phone is stored whole");
        assertEquals("139****1111", created.values().get("mobile"));

        assertEquals("手机 139****0000 晚上打", masking.find("Contact", 2).orElseThrow().values().get("role"), "a phone in a free text");
        assertThrows(StoreException.class, () -> masking.update("Contact", 2, 0, Map.of("role", "手机 139****0000 晚上打")),
                "a free text holding a masked phone is not written back");
        masking.update("Contact", 2, 0, Map.of("title", "顾问", "mobile", "13600001111"));
        assertEquals("13600001111", contacts.get(2L).values().get("mobile"), "an empty masked field may be filled in");
        assertEquals("顾问", contacts.get(2L).values().get("title"), "a free text without a phone may be changed");

        // many changes (an import): checked against one scan of the stored values
        assertThrows(StoreException.class, () -> masking.updateAll("Contact", List.of(
                new RecordRepository.RecordChange(2, 1, Map.of("title", "顾问")), new RecordRepository.RecordChange(1, 1, Map.of("qq", "1")))));
        written.clear();
        masking.updateAll("Contact", List.of(new RecordRepository.RecordChange(2, 1, Map.of("title", "总监")),
                new RecordRepository.RecordChange(1, 1, Map.of("title", "董事"))));
        assertEquals(2, written.size(), "changes to unmasked fields of many records pass");

        session.switchTo(Role.ADMIN, null, null, false);
        masking.update("Contact", 1, 1, Map.of("mobile", "13700000000"));
        assertEquals("13700000000", contacts.get(1L).values().get("mobile"), "roles that see the value may change it");
    }

    @Test
    void aDealsOrderPhoneIsMaskedForSalesAndServiceLikeAContactsPhone() throws Exception {
        contacts.put(10L, new StoredRecord("Deal", 10, 0, Map.of("orderPhone", "+86 138-1234-5678", "product", "财务软件", "ownerId", 7L)));
        for (Role role : List.of(Role.SALES, Role.SERVICE)) {
            session.switchTo(role, null, null, false);
            Map<String, Object> seen = masking.find("Deal", 10).orElseThrow().values();
            assertEquals("+86 138-****-5678", seen.get("orderPhone"), role.id());
            assertEquals("财务软件", seen.get("product"), "the deal's other fields are shown whole");
            List<Object[]> rows = new ArrayList<>();
            masking.scan("Deal", List.of("orderPhone", RecordRepository.OWNER), (id, version, values) -> {
                if (id == 10) {
                    rows.add(values);
                }
            });
            assertEquals(List.of("+86 138-****-5678", 7L), List.of(rows.get(0)), "the scan (navigator, export) masks it too");
            StoreException refused = assertThrows(StoreException.class,
                    () -> masking.update("Deal", 10, 0, Map.of("orderPhone", "+86 138-****-5678")));
            assertTrue(refused.getMessage().contains("Order phone") || refused.getMessage().contains("下单电话"), refused.getMessage());
        }
        assertEquals(List.of(), written, "the masked order phone never reached the store");
        session.switchTo(Role.MANAGER, "王经理", null, false);
        assertEquals("+86 138-1234-5678", masking.find("Deal", 10).orElseThrow().values().get("orderPhone"));
    }

    private static final class MemoryPasswords implements RolePasswords {
        private final Map<Role, PasswordHash> hashes = new HashMap<>();

        @Override
        public Optional<PasswordHash> find(Role role) {
            return Optional.ofNullable(hashes.get(role));
        }

        @Override
        public void save(Role role, PasswordHash hash) {
            hashes.put(role, hash);
        }

        @Override
        public void remove(Role role) {
            hashes.remove(role);
        }
    }

    /** Contacts in a map: just what the decorator calls. */
    private final class ContactStore implements RecordRepository {
        @Override
        public Optional<StoredRecord> find(String entity, long id) {
            return Optional.ofNullable(contacts.get(id));
        }

        @Override
        public List<StoredRecord> findByOwner(String entity, long ownerId) {
            return contacts.values().stream().filter(c -> Long.valueOf(ownerId).equals(c.values().get("ownerId"))).toList();
        }

        @Override
        public List<StoredRecord> findAll(String entity) {
            return List.copyOf(contacts.values());
        }

        @Override
        public void scan(String entity, List<String> fields, RowSink sink) {
            contacts.values().forEach(c -> sink.row(c.id(), c.version(), fields.stream().map(c.values()::get).toArray()));
        }

        @Override
        public StoredRecord create(String entity, Map<String, Object> values) {
            StoredRecord record = new StoredRecord(entity, contacts.size() + 1, 0, values);
            contacts.put(record.id(), record);
            return record;
        }

        @Override
        public StoredRecord update(String entity, long id, int expectedVersion, Map<String, Object> changes) {
            written.add(changes);
            Map<String, Object> values = new HashMap<>(contacts.get(id).values());
            values.putAll(changes);
            StoredRecord record = new StoredRecord(entity, id, expectedVersion + 1, values);
            contacts.put(id, record);
            return record;
        }

        @Override
        public Updates updateAll(String entity, List<RecordChange> changes) {
            changes.forEach(c -> written.add(c.changes()));
            return new Updates(List.of(), List.of());
        }

        @Override
        public ImportBatch importRecords(String entity, String label, List<Map<String, Object>> creates, List<RecordChange> updates,
                List<OwnedRecord> owned, BatchProgress progress) {
            updates.forEach(c -> written.add(c.changes()));
            return null;
        }

        @Override
        public List<StoredRecord> createTogether(List<NewRecord> records) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Long> createAll(String entity, List<Map<String, Object>> rows) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isEmpty(String entity) {
            return contacts.isEmpty();
        }

        @Override
        public List<ImportBatch> importBatches() {
            return List.of();
        }

        @Override
        public ImportBatch undoImport(long batchId) {
            throw new UnsupportedOperationException();
        }
    }
}
