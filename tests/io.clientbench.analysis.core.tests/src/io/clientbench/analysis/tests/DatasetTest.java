package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.clientbench.analysis.dataset.ColumnKind;
import io.clientbench.analysis.dataset.DataTable;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.DatasetLoader;
import io.clientbench.analysis.dataset.DatasetSpec;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.Database;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.StoredRecord;

/** The columnar dataset: typed columns, the id index, owner links, incremental updates, and the load from the store. */
class DatasetTest {

    @Test
    void valuesAreHeldAsPrimitiveColumns() {
        Dataset dataset = Services.emptyDataset();
        Services.customer(dataset, 7, "E");
        Services.customer(dataset, 8, "F");
        Services.customer(dataset, 9, "E");
        dataset.upsert("Deal", 100, 8L, Map.of("date", LocalDateTime.of(2026, 3, 4, 15, 30), "amount", new BigDecimal("1234.50")));
        DataTable customers = dataset.customers();
        DataTable deals = dataset.table("Deal");
        assertEquals(3, customers.size());
        assertEquals(ColumnKind.TEXT, customers.kind("industry"));
        assertEquals(List.of(0, 1, 0), List.of(customers.codes("industry")[0], customers.codes("industry")[1], customers.codes("industry")[2]),
                "dictionary codes in order of first appearance");
        assertEquals(2, customers.dictionary("industry").size());
        assertEquals("F", customers.dictionary("industry").value(1));
        assertEquals(1, customers.row(8));
        assertEquals(-1, customers.row(4711));
        assertEquals(LocalDate.of(2026, 3, 4).toEpochDay(), deals.dates("date")[0], "a date-time keeps its day");
        assertEquals(1234.5, deals.numbers("amount")[0]);
        assertEquals(1, deals.ownerRows()[0], "the deal points at its customer's row");
        assertThrows(IllegalArgumentException.class, () -> deals.dates("amount"));
        assertThrows(IllegalArgumentException.class, () -> customers.codes("region"));
        assertTrue(dataset.hasField("Deal.amount"));
        assertTrue(!dataset.hasField("Deal.profit") && !dataset.hasField("FollowUp.time") && !dataset.hasField("amount"));
    }

    /**
     * A child record saved in an editor arrives as the store returned it (no owner) with the owner the event names
     * (CustomerEvents.CHILD_SAVED): a new deal is linked to that customer, an edited one keeps its owner without one,
     * and only a new deal without an owner asks for a reload (false, nothing changed).
     */
    @Test
    void aSavedChildIsLinkedToTheOwnerItsEventNames() {
        Dataset dataset = Services.emptyDataset();
        Services.customer(dataset, 1, "E");
        Services.customer(dataset, 2, "F");
        Services.deal(dataset, 10, 1, LocalDate.of(2026, 1, 5), 100);
        long before = dataset.modifications();

        assertTrue(dataset.applySaved(new StoredRecord("Deal", 11, 0, Map.of("date", LocalDate.of(2026, 2, 1), "amount", new BigDecimal("250"))), 2L));
        DataTable deals = dataset.table("Deal");
        assertEquals(2, deals.size());
        assertEquals(dataset.customers().row(2), deals.ownerRows()[deals.row(11)], "the new deal belongs to customer 2");
        assertEquals(250.0, deals.numbers("amount")[deals.row(11)]);
        assertEquals(2, dataset.customers().size(), "no placeholder customer");

        assertTrue(dataset.applySaved(new StoredRecord("Deal", 10, 1, Map.of("date", LocalDate.of(2026, 1, 5), "amount", 120)), null));
        assertEquals(dataset.customers().row(1), deals.ownerRows()[deals.row(10)], "an edited deal keeps its customer");
        assertEquals(120.0, deals.numbers("amount")[deals.row(10)]);

        assertTrue(!dataset.applySaved(new StoredRecord("Deal", 12, 0, Map.of("amount", 5)), null), "a new deal without an owner cannot be linked");
        assertEquals(-1, deals.row(12));
        assertTrue(dataset.applySaved(new StoredRecord("Visit", 99, 0, Map.of()), 1L), "an entity the dataset does not hold is ignored");
        assertEquals(before + 2, dataset.modifications());

        assertTrue(dataset.applySaved(new StoredRecord(Dataset.CUSTOMER, 3, 0, Map.of("industry", "G", "fullName", "C3")), null));
        assertEquals("G", dataset.customers().value(dataset.customers().row(3), "industry"));
    }

    @Test
    void anUpsertReplacesOneRecordAndEmptiesWhatItLacks() {
        Dataset dataset = Services.emptyDataset();
        Services.customer(dataset, 1, "E");
        Services.customer(dataset, 2, "E");
        Services.deal(dataset, 10, 1, LocalDate.of(2026, 1, 1), 500);
        long before = dataset.modifications();

        // a saved deal moves to another customer and changes its amount; a stored record leaves empty fields out
        dataset.upsert("Deal", 10, 2L, Map.of("amount", 800));
        DataTable deals = dataset.table("Deal");
        assertEquals(1, deals.size());
        assertEquals(800.0, deals.numbers("amount")[0]);
        assertEquals(DataTable.NO_DATE, deals.dates("date")[0]);
        assertNull(deals.value(0, "date"));
        assertEquals(1, deals.ownerRows()[0]);
        // no owner given (a stored record does not carry it): the link stays
        dataset.upsert("Deal", 10, null, Map.of("amount", 900, "date", LocalDate.of(2026, 2, 1)));
        assertEquals(1, deals.ownerRows()[0]);
        assertEquals(LocalDate.of(2026, 2, 1), deals.value(0, "date"));

        // a customer's industry changes in place; a new value gets a new code
        dataset.upsert(Dataset.CUSTOMER, 1, null, Map.of("industry", "P", "unknownField", "ignored"));
        assertEquals("P", dataset.customers().value(0, "industry"));
        assertNull(dataset.customers().value(0, "fullName"));
        assertEquals(before + 3, dataset.modifications());
    }

    @Test
    void aDealOfAnUnknownCustomerGetsItsRowFilledLater() {
        Dataset dataset = Services.emptyDataset();
        Services.deal(dataset, 10, 42, LocalDate.of(2026, 1, 1), 500);
        DataTable customers = dataset.customers();
        assertEquals(1, customers.size());
        assertEquals(0, customers.row(42));
        assertNull(customers.value(0, "industry"));
        Services.customer(dataset, 42, "E");
        assertEquals(1, customers.size());
        assertEquals("E", customers.value(0, "industry"));
        assertEquals(0, dataset.table("Deal").ownerRows()[0]);
    }

    @Test
    void tablesGrowPastTheirFirstSizeAndKeepTheIndex() {
        Dataset dataset = new Dataset(new DatasetSpec().add("Deal", "amount", ColumnKind.NUMBER), Map.of("Deal", 16, Dataset.CUSTOMER, 16));
        for (long id = 1; id <= 50_000; id++) {
            dataset.upsert("Deal", id * 3, id % 100, Map.of("amount", id));
        }
        DataTable deals = dataset.table("Deal");
        assertEquals(50_000, deals.size());
        assertEquals(100, dataset.customers().size());
        for (long id = 1; id <= 50_000; id += 997) {
            int row = deals.row(id * 3);
            assertEquals(id, (long) deals.numbers("amount")[row]);
            assertEquals(id * 3, deals.ids()[row]);
            assertEquals(id % 100, dataset.customers().ids()[deals.ownerRows()[row]]);
        }
        assertEquals(-1, deals.row(2));
    }

    @Test
    void theLoaderReadsCustomersAndDealsFromTheStore() throws Exception {
        SchemaRegistry schemas = Services.get(SchemaRegistry.class);
        Database database = Services.get(Database.class);
        database.open();
        Services.get(SchemaStore.class).migrate(schemas.schema());
        RecordRepository repository = Services.get(RecordRepository.class);
        long first = repository.create("Customer", Map.of("fullName", "四川华西集团", "industry", "E")).id();
        long second = repository.create("Customer", Map.of("fullName", "成都教育局", "industry", "P")).id();
        repository.createAll("Deal", List.of(deal(first, "2026-10-01", "1000.50"), deal(first, "2026-11-01", "2000"),
                deal(second, "2026-09-15", "300")));

        DatasetSpec spec = DatasetSpec.of(schemas.schema(), List.of("Customer.industry", "Deal.date", "Deal.amount"));
        assertEquals(ColumnKind.DATE, spec.entities().get("Deal").get("date"));
        Dataset dataset = DatasetLoader.load(repository, spec);
        DataTable customers = dataset.customers();
        DataTable deals = dataset.table("Deal");
        // the database may hold rows of earlier runs (it lives in target/data): look at this run's records only
        int firstRow = customers.row(first);
        assertEquals("E", customers.value(firstRow, "industry"));
        assertEquals("P", customers.value(customers.row(second), "industry"));
        Map<Integer, Double> amountByOwner = new HashMap<>();
        for (int d = 0; d < deals.size(); d++) {
            amountByOwner.merge(deals.ownerRows()[d], deals.numbers("amount")[d], Double::sum);
        }
        assertEquals(3000.5, amountByOwner.get(firstRow));
        assertEquals(300.0, amountByOwner.get(customers.row(second)));
        assertThrows(IllegalArgumentException.class, () -> DatasetSpec.of(schemas.schema(), List.of("Deal.noSuchField")));
        DatasetSpec available = DatasetSpec.available(schemas.schema(), List.of("Deal.amount", "Deal.noSuchField", "NoEntity.x", "bad"));
        assertEquals(Map.of(Dataset.CUSTOMER, Map.of(), "Deal", Map.of("amount", ColumnKind.NUMBER)), available.entities());

        // a deal saved afterwards reaches the dataset as the store returned it, without a reload
        StoredRecord saved = repository.create("Deal", deal(second, "2026-11-20", "700"));
        int row = dataset.upsert(saved, second);
        assertEquals(700.0, deals.numbers("amount")[row]);
        assertEquals(customers.row(second), deals.ownerRows()[row]);
        assertEquals(LocalDate.of(2026, 11, 20), deals.value(row, "date"));
    }

    private static Map<String, Object> deal(long owner, String date, String amount) {
        return Map.of(RecordRepository.OWNER, owner, "date", LocalDate.parse(date), "amount", new BigDecimal(amount));
    }
}
