package io.clientbench.plugins.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The materialized product's {@code clientbench-cli} run as a scheduled job would run it: its own process, no DISPLAY,
 * a data folder of its own. Import, export, an analysis to XLSX, a backup, help in both languages.
 */
class CliProcessTest {

    private static final long TIMEOUT_S = 120;
    private static Path work, product;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void copyProduct() throws Exception {
        Path root = Path.of(System.getProperty("clientbench.root"));
        work = Path.of(System.getProperty("clientbench.it.work")).resolveSibling("it-cli");
        Path built = root.resolve("releng/io.clientbench.product/target/products/io.clientbench.product/linux/gtk/x86_64/clientbench");
        assertTrue(Files.isRegularFile(built.resolve("clientbench-cli")), "the materialized product has no clientbench-cli: " + built);
        delete(work);
        Files.createDirectories(work);
        product = work.resolve("clientbench");
        Run copy = run(List.of("cp", "-a", built.toString(), product.toString()));
        assertEquals(0, copy.exit(), copy.err());
    }

    @Test
    void importExportAnalysisAndBackupRunWithoutADisplay() throws Exception {
        Path csv = work.resolve("customers.csv");
        Files.writeString(csv, "客户名称,所在区域\n成都华西建设,成都\n绵阳电子,绵阳\n", StandardCharsets.UTF_8);
        Run imported = cli("import", csv.toString());
        assertEquals(0, imported.exit(), imported.out() + imported.err());
        assertTrue(imported.out().contains("Imported 2 rows: 2 created"), imported.out());

        Path exported = work.resolve("out/customers.csv");
        Run export = cli("export", "customers", "--format", "csv", exported.toString());
        assertEquals(0, export.exit(), export.err());
        String text = Files.readString(exported, StandardCharsets.UTF_8);
        assertTrue(text.contains("成都华西建设") && text.contains("绵阳电子"), text);

        Path xlsx = work.resolve("out/rollup.xlsx");
        Run list = cli("analysis", "--list");
        assertTrue(list.out().contains("io.clientbench.analysis.pareto\tenabled"), list.out() + list.err());
        Run analysis = cli("analysis", "io.clientbench.analysis.pareto", "--out", xlsx.toString());
        assertEquals(0, analysis.exit(), analysis.out() + analysis.err());
        assertTrue(Files.size(xlsx) > 0);

        Run backup = cli("backup", work.resolve("backups").toString());
        assertEquals(0, backup.exit(), backup.err());
        assertTrue(Files.isRegularFile(work.resolve("backups/db/service.properties")), backup.out());
    }

    @Test
    void wrongUsageAndChineseHelp() throws Exception {
        Run wrong = cli("frobnicate");
        assertEquals(64, wrong.exit());
        assertTrue(wrong.err().contains("Unknown command"), wrong.err());
        Run help = run(command("zh", "--help"));
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("用法"), help.out());
    }

    private static Run cli(String... args) throws Exception {
        return run(command("en", args));
    }

    private static List<String> command(String language, String... args) {
        List<String> command = new ArrayList<>(List.of(product.resolve("clientbench-cli").toString(), "-nl", language));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs with the test's data, home and caches, and without DISPLAY or WAYLAND_DISPLAY: no display to fall back on. */
    private static Run run(List<String> command) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt"), err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Path home = work.resolve("home");
        builder.environment().put("CLIENTBENCH_DATA", work.resolve("data").toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        builder.environment().put("CLIENTBENCH_JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out after " + TIMEOUT_S + " s: " + command);
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
