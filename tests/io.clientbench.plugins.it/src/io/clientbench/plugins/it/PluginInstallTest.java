package io.clientbench.plugins.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 3 of the plugin issue, end to end with real processes: the example plugin (examples/, a separate Tycho
 * build resolving Clientbench only from the repository this build published) is installed into a copy of the
 * materialized product by the product's own installer ({@code -application io.clientbench.plugins.manage}), a new
 * start of the product lists its analysis through the AnalysisRegistry ({@code -application
 * io.clientbench.analysis.core.list}), and after an uninstall the next start no longer does. The same again from the
 * repository's zip archive. Runs in the forked test JVM's OSGi framework only because that is how this build runs
 * tests; the product runs in its own JVMs.
 */
class PluginInstallTest {

    private static final String FEATURE = "io.clientbench.example.feature";
    private static final String ANALYSIS = "io.clientbench.example.dormant";
    private static final String BUNDLE = "io.clientbench.example.analysis";
    private static final long PRODUCT_TIMEOUT_S = 120, BUILD_TIMEOUT_S = 300;

    private static Path root, work, product, exampleRepository, exampleArchive;

    /** What a process printed and how it ended. */
    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @BeforeAll
    static void materializeAndBuildExample() throws Exception {
        root = Path.of(System.getProperty("clientbench.root"));
        work = Path.of(System.getProperty("clientbench.it.work"));
        Path built = root.resolve("releng/io.clientbench.product/target/products/io.clientbench.product/linux/gtk/x86_64/clientbench");
        assertTrue(Files.isRegularFile(built.resolve("clientbench")), "the materialized product is missing: build releng/io.clientbench.product first (" + built + ")");
        delete(work);
        Files.createDirectories(work);
        // a copy, so that the build's product stays as built; cp -a keeps the start script executable
        product = work.resolve("clientbench");
        Run copy = run(List.of("cp", "-a", built.toString(), product.toString()), root, Map.of(), 60);
        assertEquals(0, copy.exit(), copy.err());

        Path publishedRepository = root.resolve("releng/io.clientbench.product/target/repository");
        assertTrue(Files.isRegularFile(publishedRepository.resolve("content.jar")), "Clientbench's p2 repository is missing: " + publishedRepository);
        List<String> maven = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-o", "-B", "-ntp", "-q", "-f",
                root.resolve("examples/pom.xml").toString(), "clean", "verify", "-Dclientbench.repository=" + publishedRepository.toUri()));
        String m2 = System.getProperty("clientbench.m2", "");
        Run build = run(maven, root, m2.isBlank() ? Map.of() : Map.of("CLIENTBENCH_M2", m2), BUILD_TIMEOUT_S);
        assertEquals(0, build.exit(), "the example plugin's build failed:\n" + build.out() + build.err());
        Path exampleTarget = root.resolve("examples/io.clientbench.example.repository/target");
        exampleRepository = exampleTarget.resolve("repository");
        try (Stream<Path> files = Files.list(exampleTarget)) {
            exampleArchive = files.filter(p -> p.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
        }
    }

    @Test
    void examplePluginIsInstalledListedAfterRestartAndUninstalled() throws Exception {
        List<String> before = analyses();
        assertTrue(before.contains("io.clientbench.analysis.rfm"), "the built-in analyses are listed before any install");
        assertFalse(before.contains(ANALYSIS));

        Run available = manage("available", exampleRepository.toString());
        assertEquals(0, available.exit(), available.err());
        assertTrue(available.out().startsWith(FEATURE + "\t"), available.out());

        installListUninstall(exampleRepository, true);
    }

    @Test
    void examplePluginInstallsFromTheRepositoryArchive() throws Exception {
        installListUninstall(exampleArchive, false);
    }

    @Test
    void productFeaturesAndUnknownRepositoriesAreRefused() throws Exception {
        Run uninstallOwn = manage("uninstall", "io.clientbench.feature");
        assertEquals(1, uninstallOwn.exit());
        assertTrue(uninstallOwn.err().contains("io.clientbench.feature is not an installed plugin"), uninstallOwn.err());

        Run notARepository = manage("install", work.toString(), FEATURE);
        assertEquals(1, notARepository.exit());
        assertTrue(notARepository.err().contains("is not a plugin repository"), notARepository.err());

        Run missing = manage("install", exampleRepository.toString(), "no.such.feature");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("has no feature no.such.feature"), missing.err());
    }

    /** @param full also list, update and list again (the archive test skips them: each is a product start) */
    private void installListUninstall(Path repository, boolean full) throws Exception {
        Run install = manage("install", repository.toString(), FEATURE);
        assertEquals(0, install.exit(), install.out() + install.err());
        assertTrue(install.out().startsWith(FEATURE + "\t1.0.0."), install.out());
        assertTrue(bundlesInfo().contains(BUNDLE + ","), "p2 wrote the bundle into bundles.info");

        // a new start: the extension registry now holds the plugin's contribution
        assertTrue(analyses().stream().anyMatch(line -> line.startsWith(ANALYSIS + "\tenabled\t" + BUNDLE + "\t")), String.join("\n", analyses()));
        if (full) {
            Run list = manage("list");
            assertEquals(0, list.exit(), list.err());
            assertTrue(list.out().startsWith(FEATURE + "\t"), list.out());
            Run update = manage("update");
            assertEquals(0, update.exit(), update.err());
            assertTrue(update.err().contains("Every plugin is up to date."), update.err());
        }

        Run uninstall = manage("uninstall", FEATURE);
        assertEquals(0, uninstall.exit(), uninstall.out() + uninstall.err());
        assertFalse(bundlesInfo().contains(BUNDLE + ","), "p2 removed the bundle from bundles.info");
        List<String> after = analyses();
        assertFalse(after.contains(ANALYSIS), "no longer listed after the uninstall and a new start");
        assertTrue(after.contains("io.clientbench.analysis.rfm"));
        if (full) {
            assertTrue(manage("list").out().isBlank());
        }
    }

    /** The analysis ids a fresh start of the product lists, each followed by its details. */
    private static List<String> analyses() throws Exception {
        Run run = product("-application", "io.clientbench.analysis.core.list");
        assertEquals(0, run.exit(), run.err());
        return run.lines().stream().flatMap(line -> Stream.of(line.split("\t", 2)[0], line)).toList();
    }

    private static Run manage(String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of("-application", "io.clientbench.plugins.manage"));
        args.addAll(List.of(command));
        return product(args.toArray(String[]::new));
    }

    /** Starts the product through its own start script, with its data, home and caches under the test's folder. */
    private static Run product(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(product.resolve("clientbench").toString(), "-nl", "en"));
        command.addAll(List.of(args));
        Path home = work.resolve("home");
        return run(command, work, Map.of("CLIENTBENCH_DATA", work.resolve("data").toString(), "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve(".config").toString(), "XDG_CACHE_HOME", home.resolve(".cache").toString(),
                "CLIENTBENCH_JAVA_HOME", System.getProperty("java.home")), PRODUCT_TIMEOUT_S);
    }

    private static String bundlesInfo() throws IOException {
        return Files.readString(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
    }

    private static Run run(List<String> command, Path directory, Map<String, String> environment, long timeoutSeconds) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt"), err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out after " + timeoutSeconds + " s: " + command);
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
