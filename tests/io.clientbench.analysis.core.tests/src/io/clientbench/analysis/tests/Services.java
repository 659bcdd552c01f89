package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.Map;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.analysis.dataset.ColumnKind;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.DatasetSpec;

/** The OSGi services the tests use, and a small dataset maker. */
final class Services {

    private Services() {
    }

    static <T> T get(Class<T> type) throws InterruptedException {
        var tracker = new ServiceTracker<T, T>(FrameworkUtil.getBundle(Services.class).getBundleContext(), type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        tracker.close();
        assertNotNull(service, type.getName());
        return service;
    }

    /** Customers with an industry and a name; deals with a date and an amount. */
    static Dataset emptyDataset() {
        return new Dataset(new DatasetSpec().add(Dataset.CUSTOMER, "industry", ColumnKind.TEXT)
                .add(Dataset.CUSTOMER, "fullName", ColumnKind.TEXT).add("Deal", "date", ColumnKind.DATE)
                .add("Deal", "amount", ColumnKind.NUMBER));
    }

    static void customer(Dataset dataset, long id, String industry) {
        dataset.upsert(Dataset.CUSTOMER, id, null, industry == null ? Map.of("fullName", "C" + id) : Map.of("industry", industry, "fullName", "C" + id));
    }

    static void deal(Dataset dataset, long id, long customer, LocalDate date, double amount) {
        dataset.upsert("Deal", id, customer, Map.of("date", date, "amount", amount));
    }
}
