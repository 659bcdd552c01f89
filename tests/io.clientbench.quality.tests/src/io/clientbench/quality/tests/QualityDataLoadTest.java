package io.clientbench.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.model.SchemaRegistry;
import io.clientbench.quality.QualityChecks;
import io.clientbench.quality.QualityChecks.Finding;
import io.clientbench.quality.QualityData;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StandaloneStore;

/** The checks' data as the store's scans give it (real column types), with the base schema in force. */
class QualityDataLoadTest {

    @TempDir
    Path folder;

    @Test
    void dealsOrderPhonesAreLoadedFromTheStoreAndCheckedAgainstTheContacts() throws Exception {
        var tracker = new ServiceTracker<SchemaRegistry, SchemaRegistry>(FrameworkUtil.getBundle(QualityDataLoadTest.class).getBundleContext(),
                SchemaRegistry.class, null);
        tracker.open();
        SchemaRegistry schemas = tracker.waitForService(10_000);
        tracker.close();
        assertNotNull(schemas, "SchemaRegistry service");
        try (StandaloneStore store = new StandaloneStore(folder, null, schemas)) {
            store.schemaStore().migrate(schemas.schema());
            RecordRepository records = store.repository();
            long customer = records.create("Customer", Map.of("fullName", "华信科技")).id();
            records.create("Contact", Map.of(RecordRepository.OWNER, customer, "name", "王伟", "mobile", "13800138000"));
            records.create("Deal", Map.of(RecordRepository.OWNER, customer, "date", LocalDate.of(2026, 1, 5), "amount", new BigDecimal("500"),
                    "orderPhone", "+86 138-0013-8000"));
            records.create("Deal", Map.of(RecordRepository.OWNER, customer, "date", LocalDate.of(2026, 3, 4), "amount", new BigDecimal("12000.00"),
                    "orderPhone", "0755-8888 1234"));
            records.create("Deal", Map.of(RecordRepository.OWNER, customer, "date", LocalDate.of(2026, 4, 1), "amount", new BigDecimal("90")));

            QualityData data = QualityData.load(records, schemas.schema());
            assertEquals(2, data.dealsWithOrderPhone(customer).size(), "only the deals that carry an order phone are kept");
            List<Finding> findings = new QualityChecks(data, QualityChecks.Settings.DEFAULT, LocalDateTime.of(2026, 11, 23, 9, 0)).run().stream()
                    .filter(f -> f.field().equals("Deal.orderPhone")).toList();
            boolean chinese = "zh".equals(Locale.getDefault().getLanguage());
            assertEquals(List.of(chinese ? "华信科技：2026-03-04 成交的 12000 元订单，其下单电话与所有联系人的手机和电话都不符"
                    : "华信科技: Order phone of the deal of 2026-03-04 over 12000 yuan matches no contact’s mobile or office phone"),
                    findings.stream().map(Finding::message).toList());
        }
    }
}
