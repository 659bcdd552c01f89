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
 * io.clientbench.analysis.core.list}), an update to a newer build replaces it, and after an uninstall the next start no
 * longer lists it. Each time the product's {@code plugins/} and {@code features/} are checked file by file: after the
 * uninstall and a start they hold exactly what the product had before (p2's garbage collector deleted the plugin's jars,
 * the product's own are all there), after the update only the new version. The same again from the repository's zip
 * archive. Runs in the forked test JVM's OSGi framework only because that is how this build runs
 * tests; the product runs in its own JVMs.
 */
class PluginInstallTest {

    private static final String FEATURE = "io.clientbench.example.feature";
    private static final String ANALYSIS = "io.clientbench.example.dormant";
    private static final String BUNDLE = "io.clientbench.example.analysis";
    private static final long PRODUCT_TIMEOUT_S = 120, BUILD_TIMEOUT_S = 300;

    /** A later build than any made today: Tycho's qualifier is the build time (yyyyMMddHHmm). */
    private static final String UPDATE_QUALIFIER = "209912312359";

    private static Path root, work, product, exampleRepository, exampleArchive, exampleUpdateRepository;

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
        // two builds of the example, each copied out of examples/ (the second build replaces the first there)
        Path first = buildExample(publishedRepository, null, work.resolve("example"));
        exampleRepository = first.resolve("repository");
        try (Stream<Path> files = Files.list(first)) {
            exampleArchive = files.filter(p -> p.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        exampleUpdateRepository = buildExample(publishedRepository, UPDATE_QUALIFIER, work.resolve("example-update")).resolve("repository");
    }

    /**
     * Builds examples/ against the published repository and copies its repository and archive into {@code into}.
     *
     * @param qualifier the version qualifier to force, or null for the build time (Tycho's default)
     */
    private static Path buildExample(Path publishedRepository, String qualifier, Path into) throws Exception {
        List<String> maven = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-o", "-B", "-ntp", "-q", "-f",
                root.resolve("examples/pom.xml").toString(), "clean", "verify", "-Dclientbench.repository=" + publishedRepository.toUri()));
        if (qualifier != null) {
            maven.add("-DforceContextQualifier=" + qualifier);
        }
        String m2 = System.getProperty("clientbench.m2", "");
        Run build = run(maven, root, m2.isBlank() ? Map.of() : Map.of("CLIENTBENCH_M2", m2), BUILD_TIMEOUT_S);
        assertEquals(0, build.exit(), "the example plugin's build failed:\n" + build.out() + build.err());
        Path exampleTarget = root.resolve("examples/io.clientbench.example.repository/target");
        Files.createDirectories(into);
        List<String> copy = new ArrayList<>(List.of("cp", "-a", exampleTarget.resolve("repository").toString()));
        try (Stream<Path> files = Files.list(exampleTarget)) {
            files.filter(p -> p.getFileName().toString().endsWith(".zip")).forEach(p -> copy.add(p.toString()));
        }
        copy.add(into.toString());
        Run copied = run(copy, root, Map.of(), 60);
        assertEquals(0, copied.exit(), copied.err());
        return into;
    }

    @Test
    void examplePluginIsInstalledListedAfterRestartAndUninstalled() throws Exception {
        List<String> before = analyses();
        assertTrue(before.contains("io.clientbench.analysis.rfm"), "the built-in analyses are listed before any install");
        assertFalse(before.contains(ANALYSIS));

        Run available = manage("available", exampleRepository.toString());
        assertEquals(0, available.exit(), available.err());
        assertTrue(available.out().startsWith(FEATURE + "\t"), available.out());

        // installed from a folder of its own, so that the update below can publish a newer build there
        Path vendor = work.resolve("vendor-repository");
        copyRepository(exampleRepository, vendor);
        installListUninstall(vendor, true);
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

    /**
     * Installs the example, restarts, uninstalls and restarts; the uninstalled plugin's jar and feature folder are then
     * gone, and everything the product had before is still there.
     *
     * @param full also list, update (nothing newer), update to a newer build (its old jar gone after the restart) and
     *             list again (the archive test skips them: each is a product start)
     */
    private void installListUninstall(Path repository, boolean full) throws Exception {
        List<String> plugins = files("plugins"), features = files("features");
        Run install = manage("install", repository.toString(), FEATURE);
        assertEquals(0, install.exit(), install.out() + install.err());
        assertTrue(install.out().startsWith(FEATURE + "\t1.0.0."), install.out());
        String installed = install.out().split("\t")[1];
        assertTrue(bundlesInfo().contains(BUNDLE + ","), "p2 wrote the bundle into bundles.info");
        assertEquals(List.of(BUNDLE + "_" + installed + ".jar"), added(plugins, files("plugins")));
        assertEquals(List.of(FEATURE + "_" + installed), added(features, files("features")));

        // a new start: the extension registry now holds the plugin's contribution
        assertTrue(analyses().stream().anyMatch(line -> line.startsWith(ANALYSIS + "\tenabled\t" + BUNDLE + "\t")), String.join("\n", analyses()));
        if (full) {
            Run list = manage("list");
            assertEquals(0, list.exit(), list.err());
            assertTrue(list.out().startsWith(FEATURE + "\t"), list.out());
            Run update = manage("update");
            assertEquals(0, update.exit(), update.err());
            assertTrue(update.err().contains("Every plugin is up to date."), update.err());
            updateToNewerBuild(repository, plugins, features);
        }

        Run uninstall = manage("uninstall", FEATURE);
        assertEquals(0, uninstall.exit(), uninstall.out() + uninstall.err());
        assertFalse(bundlesInfo().contains(BUNDLE + ","), "p2 removed the bundle from bundles.info");
        List<String> after = analyses();
        assertFalse(after.contains(ANALYSIS), "no longer listed after the uninstall and a new start");
        assertTrue(after.contains("io.clientbench.analysis.rfm"), "the product still starts with its built-in analyses");
        // by now (the uninstall, then a start) the plugin's files are deleted and the product's own are all there
        assertEquals(plugins, files("plugins"), "plugins/ holds exactly what it held before the install");
        assertEquals(features, files("features"), "features/ holds exactly what it held before the install");
        assertFalse(Files.readString(product.resolve("artifacts.xml")).contains(BUNDLE), "the bundle pool no longer lists the plugin");
        if (full) {
            assertTrue(manage("list").out().isBlank());
        }
    }

    /**
     * The vendor publishes a later build in the repository the plugin was installed from (where Update looks): Update
     * replaces the version, and after the next start only the new version's jar and feature are left.
     */
    private void updateToNewerBuild(Path repository, List<String> pluginsBefore, List<String> featuresBefore) throws Exception {
        copyRepository(exampleUpdateRepository, repository);
        Run update = manage("update");
        assertEquals(0, update.exit(), update.out() + update.err());
        String newer = "1.0.0." + UPDATE_QUALIFIER;
        assertTrue(update.out().startsWith(FEATURE + "\t" + newer + "\t"), "updated to the newer build: " + update.out() + update.err());
        List<String> after = analyses();
        assertTrue(after.contains(ANALYSIS), "the new version is listed after a new start");
        assertTrue(after.contains("io.clientbench.analysis.rfm"));
        assertEquals(List.of(BUNDLE + "_" + newer + ".jar"), added(pluginsBefore, files("plugins")), "only the new version's jar is left");
        assertEquals(List.of(FEATURE + "_" + newer), added(featuresBefore, files("features")));
        Run list = manage("list");
        assertTrue(list.out().startsWith(FEATURE + "\t" + newer + "\t"), list.out());
    }

    /** Replaces the folder {@code to} with a copy of the repository folder {@code from}. */
    private static void copyRepository(Path from, Path to) throws Exception {
        delete(to);
        Run copy = run(List.of("cp", "-a", from.toString(), to.toString()), work, Map.of(), 60);
        assertEquals(0, copy.exit(), copy.err());
    }

    /** The names in a folder of the product, sorted. */
    private static List<String> files(String folder) throws IOException {
        try (Stream<Path> names = Files.list(product.resolve(folder))) {
            return names.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> added(List<String> before, List<String> after) {
        return after.stream().filter(name -> !before.contains(name)).toList();
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
