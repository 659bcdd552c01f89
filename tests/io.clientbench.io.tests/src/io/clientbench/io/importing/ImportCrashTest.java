package io.clientbench.io.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.clientbench.model.MergedSchema;
import io.clientbench.model.internal.ExtensionSchemaRegistry;
import io.clientbench.model.internal.SchemaMerger;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.internal.EmbeddedDerbyDatabase;
import io.clientbench.store.internal.JdbcSchemaStore;

/**
 * Acceptance (issue 7, 2): kill -9 the JVM in the middle of a 100k-row import and the database holds none of it; kill
 * it right after the import committed and it holds all of it, with its undo record. The importing JVM is a second
 * process running the real import code ({@link CrashImportWriter}) on the same embedded database.
 */
class ImportCrashTest {

    private static final int ROWS = 100_000;

    @TempDir
    Path folder;

    @Test
    void killingTheImportingJvmLeavesNoneOrAllOfA100kRowImport() throws Exception {
        MergedSchema schema = SchemaMerger.merge(ExtensionSchemaRegistry.loadBase(), List.of()); // as the writer builds it
        Path db = folder.resolve("db");
        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(db);
        new JdbcSchemaStore(database).migrate(schema);
        database.close();
        Path csv = folder.resolve("customers.csv");
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("客户编号,客户名称,所在地区\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(String.format("C%06d,客户%d有限公司,成都\n", i, i));
            }
        }

        // in the middle: after a random part of the rows went to the database, before the commit
        int killAt = 10_000 + new Random().nextInt(80) * 1_000;
        String seen = runAndKill(db, csv, line -> line.startsWith("WRITING ") && Integer.parseInt(line.substring(8)) >= killAt);
        assertTrue(seen.startsWith("WRITING"), "killed while writing: " + seen);
        assertEquals(0, customersAfterRecovery(db), "a killed import leaves nothing (killed at " + seen + ")");
        assertEquals(0, importsAfterRecovery(db));

        // right after the commit returned: everything is there
        seen = runAndKill(db, csv, line -> line.startsWith("COMMITTED"));
        assertEquals("COMMITTED " + ROWS, seen);
        assertEquals(ROWS, customersAfterRecovery(db));
        assertEquals(1, importsAfterRecovery(db));
        System.out.println("ImportCrashTest: killed at " + killAt + " rows written: none stored; killed after the commit: all " + ROWS);
    }

    /** Starts the writer, reads its output until a line matches (or it ends), then kills it with SIGKILL. */
    private String runAndKill(Path db, Path csv, Predicate<String> until) throws Exception {
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx1g", "-cp", classpath(),
                "-Dderby.stream.error.file=" + folder.resolve("writer-derby.log"), "-Dfile.encoding=UTF-8",
                CrashImportWriter.class.getName(), db.toString(), csv.toString());
        Process writer = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        String matched = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            for (String line; matched == null && System.nanoTime() < giveUp && (line = out.readLine()) != null;) {
                output.add(line);
                if (until.test(line.strip())) {
                    matched = line.strip();
                }
            }
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }
        if (matched == null) {
            throw new AssertionError("the writer ended without the expected line; its output:\n" + String.join("\n", output));
        }
        return matched;
    }

    private static long customersAfterRecovery(Path db) throws Exception {
        EmbeddedDerbyDatabase reopened = new EmbeddedDerbyDatabase(db);
        try (Connection c = reopened.connect(); Statement s = c.createStatement()) {
            try (ResultSet check = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE('APP', 'CB_CUSTOMER')")) {
                check.next();
                assertEquals(1, check.getInt(1), "the customer table is consistent after the kill");
            }
            try (ResultSet count = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT " + SchemaStore.column("customerNo") + ") FROM "
                    + SchemaStore.table("Customer"))) {
                count.next();
                assertEquals(count.getLong(1), count.getLong(2), "no row twice");
                return count.getLong(1);
            }
        } finally {
            reopened.close();
        }
    }

    private static long importsAfterRecovery(Path db) throws Exception {
        EmbeddedDerbyDatabase reopened = new EmbeddedDerbyDatabase(db);
        try (Connection c = reopened.connect(); Statement s = c.createStatement()) {
            try (ResultSet tables = c.getMetaData().getTables(null, null, "CB_IMPORT_BATCH", null)) {
                if (!tables.next()) {
                    return 0; // created inside the first import's transaction: gone with it
                }
            }
            try (ResultSet count = s.executeQuery("SELECT COUNT(*) FROM CB_IMPORT_BATCH")) {
                count.next();
                return count.getLong(1);
            }
        } finally {
            reopened.close();
        }
    }

    /**
     * The writer's class path: the bundles of this runtime that hold the import, the store, the schema and what they
     * use (EMF, EclipseLink with JPA and ASM, Derby, the OSGi NLS class). A bundle built in this reactor may be a project
     * folder, with its classes in target/classes and its resources (persistence.xml, the .ecore) at the top.
     */
    private static String classpath() {
        Predicate<String> needed = name -> name.startsWith("io.clientbench.") || name.startsWith("org.eclipse.emf.ecore")
                || name.equals("org.eclipse.emf.common") || name.startsWith("org.eclipse.persistence.") || name.startsWith("org.objectweb.asm")
                || name.contains("jakarta.persistence") || name.equals("derby") || name.startsWith("org.apache.derby.")
                || name.equals("org.eclipse.osgi");
        List<String> entries = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(ImportCrashTest.class).getBundleContext().getBundles()) {
            if (bundle.getSymbolicName() == null || !needed.test(bundle.getSymbolicName())) {
                continue;
            }
            File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
            File classes = new File(location, "target/classes");
            if (classes.isDirectory()) {
                entries.add(classes.getAbsolutePath());
            }
            entries.add(location.getAbsolutePath());
        }
        return String.join(File.pathSeparator, entries);
    }
}
