package io.clientbench.io.importing;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EcorePackage;

import io.clientbench.io.CsvReader;
import io.clientbench.io.SourceTable;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.model.internal.EcoreLoader;
import io.clientbench.model.internal.SchemaMerger;
import io.clientbench.store.internal.EmbeddedDerbyDatabase;
import io.clientbench.store.internal.JpaRecordRepository;

/**
 * The writer {@link ImportCrashTest} kills: a plain JVM (no OSGi) that imports a CSV file into an embedded database
 * with the real import code and says on its output how far it got ("WRITING n", then "COMMITTED" once the commit
 * returned). Runs on the base schema, which it can load without the extension registry.
 */
public final class CrashImportWriter {

    private CrashImportWriter() {
    }

    /** The base schema, as this JVM and the test that reads its database both build it. */
    static MergedSchema baseSchema() throws Exception {
        EcorePackage.eINSTANCE.eClass(); // registers Ecore's data types, which the .ecore refers to
        try (InputStream in = CrashImportWriter.class.getResourceAsStream("/model/customer.ecore")) {
            return SchemaMerger.merge(EcoreLoader.load("customer.ecore", in), List.of());
        }
    }

    public static void main(String[] args) throws Exception {
        MergedSchema schema = baseSchema();
        SchemaRegistry registry = new SchemaRegistry() {
            @Override
            public MergedSchema schema() {
                return schema;
            }

            @Override
            public MergedSchema preview(SchemaOverlay overlay) {
                return schema;
            }

            @Override
            public void useOverlay(SchemaOverlay overlay) {
                throw new UnsupportedOperationException();
            }
        };
        JpaRecordRepository repository = new JpaRecordRepository(new EmbeddedDerbyDatabase(Path.of(args[0])), registry);
        SourceTable table = CsvReader.read(Path.of(args[1]));
        ImportReport report = new Importer(repository, schema).run(table, ImportProfile.auto("crash", schema.customer(), table.header()),
                ImportMode.ALL_OR_NOTHING, "crash.csv", new ImportProgress() {
                    @Override
                    public void progress(Phase phase, int done, int total) {
                        if (phase == Phase.WRITING) {
                            System.out.println("WRITING " + done);
                            System.out.flush();
                        }
                    }

                    @Override
                    public boolean isCanceled() {
                        return false;
                    }
                });
        System.out.println("COMMITTED " + report.created());
        System.out.flush();
        Thread.sleep(60_000); // stay alive: the test kills this JVM after the commit as well
    }
}
