package io.clientbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldKind;
import io.clientbench.model.Label;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaOverlay.NewField;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.sampledata.SampleDataGenerator;
import io.clientbench.store.MigrationProgress;
import io.clientbench.store.SchemaMigration;
import io.clientbench.store.internal.EmbeddedDerbyDatabase;
import io.clientbench.store.internal.JdbcSchemaStore;
import io.clientbench.store.internal.JpaRecordRepository;

/**
 * What the admin waits for in the schema editor over N customers: the plan shown before applying, and the apply of a
 * new text field plus a new value-list field (one transaction with the overlay). Medians, written to
 * {@code target/bench/results-schema.md}. No budget in DESIGN; measured so the editor's wording ("a moment") is true.
 */
class SchemaApplyBench {

    @Test
    void planAndApplyAFieldOverManyCustomers() throws Exception {
        int customers = Integer.getInteger("bench.customers", 100_000);
        int runs = Integer.getInteger("bench.runs", 3);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        SchemaRegistry registry = StoreBench.registry();
        MergedSchema base = registry.preview(SchemaOverlay.empty());
        EmbeddedDerbyDatabase database = StoreBench.fresh(out.resolve("schema"), base);
        List<Double> plan = new ArrayList<>(), apply = new ArrayList<>();
        try {
            JpaRecordRepository repository = new JpaRecordRepository(database, new StoreBench.FixedSchema(base));
            new SampleDataGenerator(7, LocalDate.of(2026, 11, 23)).generate(repository, customers, 0, 10_000);
            repository.close();
            JdbcSchemaStore store = new JdbcSchemaStore(database);
            SchemaOverlay overlay = SchemaOverlay.empty();
            for (int run = 0; run < runs; run++) {
                overlay.addField(registry.preview(overlay), new NewField("Customer", "branchNote" + run, FieldKind.TEXT,
                        new Label("分公司备注" + run, "Branch note " + run), null, false, null, null, List.of()));
                overlay.addField(registry.preview(overlay), new NewField("Customer", "partnerLevel" + run, FieldKind.ENUM,
                        new Label("合作等级" + run, "Partner level " + run), null, false, null, null,
                        List.of(new EnumLiteral("GOLD", new Label("金牌", "Gold")), new EnumLiteral("SILVER", new Label("银牌", "Silver")))));
                MergedSchema target = registry.preview(overlay);
                SchemaMigration[] planned = new SchemaMigration[1];
                plan.add(StoreBench.time(() -> planned[0] = store.plan(target)));
                assertEquals(2, planned[0].statements().size());
                SchemaOverlay applied = overlay;
                apply.add(StoreBench.time(() -> store.migrate(target, applied, MigrationProgress.NONE)));
                assertEquals(List.of(), store.plan(target).statements());
            }
        } finally {
            database.close();
        }
        String report = String.format(Locale.ROOT, """

                | schema editor, %,d customers, median of %d | measured |
                |---|---:|
                | plan (what applying would do) | %.0f ms |
                | apply: add a text and a value-list field, keep the overlay, one transaction | %.0f ms |
                """, customers, runs, StoreBench.median(plan) * 1000, StoreBench.median(apply) * 1000);
        Files.createDirectories(out);
        Files.writeString(out.resolve("results-schema.md"), report);
        System.out.println(report);
    }
}
