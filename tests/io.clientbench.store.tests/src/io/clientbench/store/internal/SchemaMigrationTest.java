package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldKind;
import io.clientbench.model.Label;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaOverlay.NewField;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.SchemaMigration;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.StoreException;

/**
 * Acceptance: on a database with 10k customers, add, relabel, hide and rename a field and add a value; every stored
 * value is still there after each step and after a restart; an illegal change is refused and changes nothing.
 */
class SchemaMigrationTest {

    private static final int CUSTOMERS = 10_000;
    private static final String BRANCH_CODE = "F_BRANCH_CODE";
    /** The customers' columns that hold data in these tests (the branch code only once it is added). */
    private static final List<String> COLUMNS = List.of("F_FULL_NAME", "F_REGION", "F_REMARKS", "F_SIZE_BAND",
            "F_DECISION_CHAIN_SIZE", BRANCH_CODE);
    private static SchemaRegistry registry;

    @TempDir
    Path folder;

    @BeforeAll
    static void registry() throws InterruptedException {
        var tracker = new ServiceTracker<SchemaRegistry, SchemaRegistry>(
                FrameworkUtil.getBundle(SchemaMigrationTest.class).getBundleContext(), SchemaRegistry.class, null);
        tracker.open();
        registry = tracker.waitForService(10_000);
        assertNotNull(registry, "SchemaRegistry service");
        tracker.close();
    }

    @Test
    void additiveMigrationsKeepEveryValueThroughEachStepAndARestart() throws Exception {
        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(folder);
        JdbcSchemaStore store = new JdbcSchemaStore(database);
        MergedSchema initial = registry.preview(SchemaOverlay.empty());
        SchemaMigration created = store.migrate(initial);
        assertTrue(created.changed());
        assertTrue(created.statements().stream().anyMatch(s -> s.startsWith("CREATE TABLE CB_CUSTOMER ")), created.statements().toString());
        assertTrue(created.statements().stream().anyMatch(s -> s.contains("F_SPECIALTIES")), "industry pack fields are real columns");
        insertCustomers(database);
        Map<String, String> before = snapshot(database);

        SchemaOverlay overlay = SchemaOverlay.empty();
        overlay.addField(registry.preview(overlay), new NewField("Customer", "branchCode", FieldKind.TEXT,
                new Label("分公司编码", "Branch code"), null, false, null, null, List.of()));
        SchemaMigration added = store.migrate(registry.preview(overlay));
        assertEquals(List.of("ALTER TABLE CB_CUSTOMER ADD COLUMN F_BRANCH_CODE VARCHAR(255)"), added.statements());
        assertEquals(created.toVersion() + 1, added.toVersion());
        assertEquals(before, withoutBranchCode(snapshot(database)));
        assertEquals("0/0", snapshot(database).get(BRANCH_CODE), "the new column starts empty");
        execute(database, "UPDATE CB_CUSTOMER SET F_BRANCH_CODE = 'BJ' || TRIM(CHAR(MOD(ID, 100))) WHERE MOD(ID, 7) = 0");

        overlay.relabel(registry.preview(overlay), "Customer", "region", new Label("所属区域", "Sales region"));
        assertNoDdlAndSameData(store, database, overlay, before);
        overlay.hide(registry.preview(overlay), "Customer", "decisionChainSize");
        assertNoDdlAndSameData(store, database, overlay, before);
        overlay.rename(registry.preview(overlay), "Customer", "remarks", "notes");
        assertNoDdlAndSameData(store, database, overlay, before);
        assertEquals("remarks", registry.preview(overlay).customer().field("notes").orElseThrow().column());
        overlay.addLiteral(registry.preview(overlay), "Customer", "sizeBand", new EnumLiteral("GROUP", new Label("集团", "Group")));
        assertNoDdlAndSameData(store, database, overlay, before);
        Map<String, String> withBranchCodes = snapshot(database);
        database.close();

        EmbeddedDerbyDatabase restarted = new EmbeddedDerbyDatabase(folder);
        try {
            SchemaMigration again = new JdbcSchemaStore(restarted).migrate(registry.preview(overlay));
            assertFalse(again.changed(), again.statements().toString());
            assertEquals(withBranchCodes, snapshot(restarted));
            assertEquals(before, withoutBranchCode(snapshot(restarted)));
        } finally {
            restarted.close();
        }
    }

    @Test
    void aChangeThatWouldLoseDataIsRefusedAndChangesNothing() throws Exception {
        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(folder);
        try {
            JdbcSchemaStore store = new JdbcSchemaStore(database);
            SchemaOverlay here = SchemaOverlay.empty();
            here.addField(registry.preview(here), new NewField("Customer", "branchCode", FieldKind.TEXT,
                    new Label("分公司编码", "Branch code"), null, false, null, null, List.of()));
            SchemaMigration current = store.migrate(registry.preview(here));
            insertCustomers(database);
            execute(database, "UPDATE CB_CUSTOMER SET F_BRANCH_CODE = 'BJ01'");
            Map<String, String> before = snapshot(database);

            // another branch's schema file declares the same field as a number
            SchemaOverlay imported = SchemaOverlay.empty();
            imported.addField(registry.preview(imported), new NewField("Customer", "branchCode", FieldKind.INTEGER,
                    new Label("分公司编码", "Branch code"), null, false, null, null, List.of()));
            imported.addField(registry.preview(imported), new NewField("Customer", "another", FieldKind.TEXT,
                    new Label("另一个", "Another"), null, false, null, null, List.of()));
            StoreException refused = assertThrows(StoreException.class, () -> store.migrate(registry.preview(imported)));
            assertEquals(StoreException.Reason.INCOMPATIBLE_CHANGE, refused.reason());
            assertTrue(refused.getMessage().contains("Customer.branchCode") && refused.getMessage().contains("10000"), refused.getMessage());
            assertEquals(before, snapshot(database));
            try (Connection c = database.connect(); ResultSet rs = c.getMetaData().getColumns(null, null, "CB_CUSTOMER", "F_ANOTHER")) {
                assertFalse(rs.next(), "no part of the refused migration was applied");
                assertEquals(current.toVersion(), StoreMetadata.schemaVersion(c));
            }
        } finally {
            database.close();
        }
    }

    @Test
    void onlyAHiddenFieldIsPurgedAndOnlyAfterABackup() throws Exception {
        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(folder.resolve("data"));
        try {
            JdbcSchemaStore store = new JdbcSchemaStore(database);
            store.migrate(registry.schema());
            insertCustomers(database);
            StoreException refused = assertThrows(StoreException.class,
                    () -> store.purge(registry.schema(), "Customer", "remarks", folder.resolve("backups")));
            assertTrue(refused.getMessage().contains("Customer.remarks"), refused.getMessage());

            SchemaOverlay overlay = SchemaOverlay.empty();
            overlay.hide(registry.preview(overlay), "Customer", "remarks");
            store.migrate(registry.preview(overlay));
            Path copy = store.purge(registry.preview(overlay), "Customer", "remarks", folder.resolve("backups"));
            try (Connection c = database.connect(); ResultSet rs = c.getMetaData().getColumns(null, null, "CB_CUSTOMER", "F_REMARKS")) {
                assertFalse(rs.next(), "purged");
            }
            database.restore(copy);
            assertEquals("6666", snapshot(database).get("F_REMARKS").split("/")[0], "the automatic backup still has the data");
        } finally {
            database.close();
        }
    }

    @Test
    void theOverlayIsKeptInTheDatabaseWithItsMigrationAndTheRepositoryMapsItsNewField() throws Exception {
        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(folder.resolve("overlay"));
        JdbcSchemaStore store = new JdbcSchemaStore(database);
        store.migrate(registry.preview(SchemaOverlay.empty()));
        assertTrue(store.overlay().changes("Customer").isEmpty(), "a new database has no overlay");
        SchemaOverlay overlay = SchemaOverlay.empty();
        overlay.addField(registry.preview(overlay), new NewField("Customer", "branchCode", FieldKind.TEXT,
                new Label("分公司代码", "Branch code"), "basic", false, null, null, List.of()));
        MutableSchema schemas = new MutableSchema(registry.preview(SchemaOverlay.empty()));
        JpaRecordRepository repository = new JpaRecordRepository(database, schemas);
        try {
            long id = repository.create("Customer", java.util.Map.of("fullName", "成都建工")).id();
            store.migrate(registry.preview(overlay), overlay);
            schemas.schema = registry.preview(overlay); // what SchemaRegistry.useOverlay does after the migration
            repository.update("Customer", id, 1, java.util.Map.of("branchCode", "CD-01"));
            assertEquals("CD-01", repository.find("Customer", id).orElseThrow().values().get("branchCode"));
        } finally {
            repository.close();
            database.close();
        }
        EmbeddedDerbyDatabase reopened = new EmbeddedDerbyDatabase(folder.resolve("overlay"));
        try {
            SchemaOverlay stored = new JdbcSchemaStore(reopened).overlay();
            assertTrue(registry.preview(stored).customer().field("branchCode").isPresent(), "the overlay came back from the database");
        } finally {
            reopened.close();
        }
    }

    @Test
    void aFieldTheBaseModelGainsIsAddedToAnExistingDatabaseAndEveryDealIsKept() throws Exception {
        MergedSchema current = registry.preview(SchemaOverlay.empty());
        EntitySchema deal = current.entity("Deal").orElseThrow();
        assertTrue(deal.field("orderPhone").isPresent(), "the base model has the order phone (下单电话)");
        Map<String, EntitySchema> entities = new LinkedHashMap<>(current.entities());
        entities.put("Deal", new EntitySchema("Deal", deal.label(), deal.fields().stream().filter(f -> !f.name().equals("orderPhone")).toList()));
        MergedSchema older = new MergedSchema(entities, current.packs(), current.problems()); // the model before the field came

        Path data = folder.resolve("base-field");
        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(data);
        new JdbcSchemaStore(database).migrate(older);
        MutableSchema schemas = new MutableSchema(older);
        JpaRecordRepository repository = new JpaRecordRepository(database, schemas);
        long customer;
        try {
            customer = repository.create("Customer", Map.of("fullName", "成都建工")).id();
            for (int i = 1; i <= 3; i++) {
                repository.create("Deal", Map.of(io.clientbench.store.RecordRepository.OWNER, customer, "date", java.time.LocalDate.of(2026, i, 5),
                        "amount", new java.math.BigDecimal(i * 1000), "product", "财务软件 " + i));
            }
        } finally {
            repository.close();
            database.close();
        }

        EmbeddedDerbyDatabase reopened = new EmbeddedDerbyDatabase(data); // the next start, with the new model
        SchemaMigration migration = new JdbcSchemaStore(reopened).migrate(current);
        assertEquals(List.of("ALTER TABLE CB_DEAL ADD COLUMN F_ORDER_PHONE VARCHAR(30)"), migration.statements());
        JpaRecordRepository after = new JpaRecordRepository(reopened, new MutableSchema(current));
        try {
            List<io.clientbench.store.StoredRecord> deals = after.findByOwner("Deal", customer).stream()
                    .sorted(java.util.Comparator.comparingLong(io.clientbench.store.StoredRecord::id)).toList();
            assertEquals(List.of("财务软件 1", "财务软件 2", "财务软件 3"), deals.stream().map(d -> d.values().get("product")).toList());
            assertEquals(List.of(1000, 2000, 3000), deals.stream().map(d -> ((java.math.BigDecimal) d.values().get("amount")).intValue()).toList());
            assertTrue(deals.stream().allMatch(d -> d.values().get("orderPhone") == null), "the new column starts empty");
            after.update("Deal", deals.get(0).id(), deals.get(0).version(), Map.of("orderPhone", "+86 138-0013-8000"));
            assertEquals("+86 138-0013-8000", after.find("Deal", deals.get(0).id()).orElseThrow().values().get("orderPhone"));
        } finally {
            after.close();
            reopened.close();
        }
    }

    @Test
    void aPlanChangesNothingAndACancelledMigrationRollsBackWhole() throws Exception {
        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(folder.resolve("cancel"));
        try {
            JdbcSchemaStore store = new JdbcSchemaStore(database);
            store.migrate(registry.preview(SchemaOverlay.empty()));
            SchemaOverlay overlay = SchemaOverlay.empty();
            overlay.addField(registry.preview(overlay), new NewField("Customer", "branchCode", FieldKind.TEXT,
                    new Label("分公司代码", "Branch code"), "basic", false, null, null, List.of()));
            overlay.addField(registry.preview(overlay), new NewField("Contact", "wechatId", FieldKind.TEXT,
                    new Label("微信号", "WeChat ID"), null, false, null, null, List.of()));
            MergedSchema target = registry.preview(overlay);

            SchemaMigration plan = store.plan(target);
            assertEquals(2, plan.statements().size(), plan.statements().toString());
            assertEquals(plan.fromVersion() + 1, plan.toVersion());
            assertEquals(plan.statements(), store.plan(target).statements(), "planning changed nothing");

            List<String> done = new java.util.ArrayList<>();
            StoreException canceled = assertThrows(StoreException.class, () -> store.migrate(target, overlay,
                    new io.clientbench.store.MigrationProgress() {
                        @Override
                        public void begin(int steps) {
                            assertEquals(3, steps, "two columns and the overlay");
                        }

                        @Override
                        public void step(String statement) {
                            done.add(statement);
                        }

                        @Override
                        public boolean isCanceled() {
                            return done.size() == 1; // the user cancels after the first column
                        }
                    }));
            assertEquals(StoreException.Reason.CANCELED, canceled.reason());
            assertEquals(1, done.size());
            assertEquals(plan.statements(), store.plan(target).statements(), "the first column was rolled back too");
            assertTrue(store.overlay().changes("Customer").isEmpty(), "no overlay kept");

            List<String> steps = new java.util.ArrayList<>();
            SchemaMigration applied = store.migrate(target, overlay, new io.clientbench.store.MigrationProgress() {
                @Override
                public void begin(int count) {
                }

                @Override
                public void step(String statement) {
                    steps.add(statement);
                }

                @Override
                public boolean isCanceled() {
                    return false;
                }
            });
            assertEquals(plan.statements(), applied.statements());
            assertEquals(3, steps.size());
            assertEquals(List.of(), store.plan(target).statements());
        } finally {
            database.close();
        }
    }

    /** A schema registry whose schema the test replaces, as an admin's apply does. */
    private static final class MutableSchema implements SchemaRegistry {
        volatile MergedSchema schema;

        MutableSchema(MergedSchema schema) {
            this.schema = schema;
        }

        @Override
        public MergedSchema schema() {
            return schema;
        }

        @Override
        public MergedSchema preview(SchemaOverlay candidate) {
            return registry.preview(candidate);
        }

        @Override
        public void useOverlay(SchemaOverlay candidate) {
            schema = registry.preview(candidate);
        }
    }

    private static void assertNoDdlAndSameData(SchemaStore store, EmbeddedDerbyDatabase database, SchemaOverlay overlay,
            Map<String, String> before) throws Exception {
        SchemaMigration migration = store.migrate(registry.preview(overlay));
        assertEquals(List.of(), migration.statements());
        assertEquals(before, withoutBranchCode(snapshot(database)));
    }

    private static Map<String, String> withoutBranchCode(Map<String, String> snapshot) {
        Map<String, String> copy = new LinkedHashMap<>(snapshot);
        copy.remove(BRANCH_CODE);
        return copy;
    }

    private static void insertCustomers(EmbeddedDerbyDatabase database) throws Exception {
        String[] regions = { "北京", "上海", "成都", "广州", "西安" };
        String[] sizes = { "MICRO", "SMALL", "MEDIUM", "LARGE" };
        try (Connection c = database.connect(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO CB_CUSTOMER (ID, F_FULL_NAME, F_REGION, F_REMARKS, F_SIZE_BAND, F_DECISION_CHAIN_SIZE) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < CUSTOMERS; i++) {
                insert.setLong(1, i + 1);
                insert.setString(2, "客户" + i + "有限公司");
                insert.setString(3, regions[i % regions.length]);
                insert.setString(4, i % 3 == 0 ? null : "备注 " + i);
                insert.setString(5, sizes[i % sizes.length]);
                insert.setLong(6, i % 9);
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
    }

    /** Per column: how many values and a checksum of all of them, so any lost or changed value shows. */
    private static Map<String, String> snapshot(EmbeddedDerbyDatabase database) throws Exception {
        Map<String, String> result = new LinkedHashMap<>();
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (String column : COLUMNS) {
                try (ResultSet exists = c.getMetaData().getColumns(null, null, "CB_CUSTOMER", column)) {
                    if (!exists.next()) {
                        continue;
                    }
                }
                long count = 0;
                long hash = 0;
                try (ResultSet rs = s.executeQuery("SELECT ID, " + column + " FROM CB_CUSTOMER ORDER BY ID")) {
                    while (rs.next()) {
                        String value = rs.getString(2);
                        if (value != null) {
                            count++;
                            hash = hash * 31 + (rs.getLong(1) + ":" + value).hashCode();
                        }
                    }
                }
                result.put(column, count + "/" + hash);
            }
        }
        return result;
    }

    private static void execute(EmbeddedDerbyDatabase database, String sql) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
            c.commit();
        }
    }
}
