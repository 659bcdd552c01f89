package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.clientbench.analysis.report.GradeSnapshots;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.Database;
import io.clientbench.store.OwnedRecords;
import io.clientbench.store.OwnedRecords.Replacement;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.SchemaStore;

/**
 * {@link GradeSnapshots#take} on the real store: one Grade record per graded field of each customer, under its scheme,
 * the month's rule and first day; the rows reach the store as computed rows; a take that fails while writing leaves the
 * month as it was. The store is shared with the other tests of the run: months of 2025 are this test's own.
 */
class GradeSnapshotsTest {

    private static final LocalDateTime AT = LocalDateTime.of(2025, 1, 1, 8, 0);
    private RecordRepository repository;
    private OwnedRecords owned;
    private EntitySchema customer;

    @BeforeEach
    void open() throws Exception {
        SchemaRegistry schemas = Services.get(SchemaRegistry.class);
        Services.get(Database.class).open();
        Services.get(SchemaStore.class).migrate(schemas.schema());
        repository = Services.get(RecordRepository.class);
        owned = Services.get(OwnedRecords.class);
        customer = schemas.schema().customer();
    }

    @Test
    void eachGradedFieldOfEachCustomerIsKeptUnderItsSchemeAndMonth() throws Exception {
        long graded = repository.create("Customer", Map.of("fullName", "快照甲", "relationshipGrade", "A", "valueGrade", "VIP")).id();
        long ungraded = repository.create("Customer", Map.of("fullName", "快照乙")).id();
        YearMonth month = YearMonth.of(2025, 1);
        Replacement[] handed = new Replacement[1];
        GradeSnapshots.Taken taken = GradeSnapshots.take(repository, (owners, replacements) -> {
            handed[0] = replacements.get(0);
            assertTrue(owners.containsAll(List.of(graded, ungraded)), "every customer's month is replaced");
            return owned.replaceOwned(owners, replacements);
        }, customer, month, AT);

        assertEquals(taken.grades(), handed[0].creates().size());
        assertEquals("snapshot/2025-01/", handed[0].keyPrefix());
        assertEquals(taken.grades(), count("snapshot/2025-01/"));
        assertEquals(new TreeSet<>(List.of("SABC A snapshot/2025-01/SABC 2025-01-01 2025-01-01T08:00", "RFM VIP snapshot/2025-01/RFM 2025-01-01 2025-01-01T08:00")),
                grades(graded));
        assertEquals(new TreeSet<>(), grades(ungraded));
        assertTrue(GradeSnapshots.has(repository, month));
    }

    @Test
    void aTakeThatFailsWhileWritingLeavesTheMonthAsItWas() throws Exception {
        long id = repository.create("Customer", Map.of("fullName", "快照丙", "relationshipGrade", "B")).id();
        YearMonth month = YearMonth.of(2025, 2);
        GradeSnapshots.Taken first = GradeSnapshots.take(repository, owned, customer, month, AT.plusMonths(1));
        repository.update("Customer", id, repository.find("Customer", id).orElseThrow().version(), Map.of("relationshipGrade", "S"));

        // the store has deleted the month and inserted all rows but the last when the row source fails on it
        OwnedRecords failing = (owners, replacements) -> {
            Replacement given = replacements.get(0);
            int last = given.creates().size() - 1;
            int[] reads = { 0 };
            return owned.replaceOwned(owners, List.of(Replacement.computed(given.entity(), given.keyField(), given.keyPrefix(), given.creates().size(), row -> {
                if (row == last && ++reads[0] == 2) {
                    throw new IllegalStateException("the disk is full");
                }
                return given.creates().get(row);
            })));
        };
        assertEquals("the disk is full", assertThrows(IllegalStateException.class,
                () -> GradeSnapshots.take(repository, failing, customer, month, AT.plusMonths(1).plusHours(1))).getMessage());
        assertEquals(first.grades(), count("snapshot/2025-02/"));
        assertEquals(new TreeSet<>(List.of("SABC B snapshot/2025-02/SABC 2025-02-01 2025-02-01T08:00")), grades(id));

        GradeSnapshots.Taken again = GradeSnapshots.take(repository, owned, customer, month, AT.plusMonths(1).plusHours(2));
        assertEquals(first.grades(), again.replaced());
        assertEquals(new TreeSet<>(List.of("SABC S snapshot/2025-02/SABC 2025-02-01 2025-02-01T10:00")), grades(id));
    }

    private int count(String rulePrefix) throws Exception {
        int[] count = { 0 };
        repository.scan("Grade", List.of("rule"), (id, version, values) -> count[0] += values[0] != null && values[0].toString().startsWith(rulePrefix) ? 1 : 0);
        return count[0];
    }

    /** A customer's snapshot grades of 2025 as "scheme value rule month assignedAt". */
    private TreeSet<String> grades(long owner) throws Exception {
        TreeSet<String> grades = new TreeSet<>();
        for (var grade : repository.findByOwner("Grade", owner)) {
            Map<String, Object> v = grade.values();
            if (v.get("snapshotMonth") instanceof LocalDate day && day.getYear() == 2025) {
                grades.add(v.get("scheme") + " " + v.get("value") + " " + v.get("rule") + " " + day + " " + v.get("assignedAt"));
            }
        }
        return grades;
    }
}
