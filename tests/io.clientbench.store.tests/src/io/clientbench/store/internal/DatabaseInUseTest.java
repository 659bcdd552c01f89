package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.clientbench.store.StoreException;

/** A second process on the same embedded database: the user gets a clear "in use" message, not a stack trace. */
class DatabaseInUseTest {

    @TempDir
    Path dataFolder;

    @Test
    void aSecondProcessOnTheSameDatabaseGetsAClearInUseError() throws Exception {
        EmbeddedDerbyDatabase mine = new EmbeddedDerbyDatabase(dataFolder);
        mine.open();
        mine.close();

        Process other = startIjOn(mine.location());
        try {
            awaitPrompt(other);
            StoreException e = assertThrows(StoreException.class, mine::open);
            assertEquals(StoreException.Reason.IN_USE, e.reason());
            assertTrue(e.getMessage().contains(mine.location().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("Clientbench"), e.getMessage());
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(20, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
        // once the other process is gone, the database opens again
        assertEquals(mine.location(), mine.open().location());
        mine.close();
    }

    /** Derby's interactive SQL tool in another JVM, connected to the database and waiting for input. */
    private Process startIjOn(Path database) throws Exception {
        String classpath = Stream.of("derby", "org.apache.derby.shared", "org.apache.derby.tools")
                .map(name -> FileLocator.getBundleFileLocation(bundle(name)).orElseThrow())
                .map(File::getAbsolutePath).collect(Collectors.joining(File.pathSeparator));
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(List.of(java, "-cp", classpath,
                "-Dij.connection.other=jdbc:derby:" + database,
                "-Dderby.stream.error.file=" + dataFolder.resolve("other-derby.log"),
                "org.apache.derby.tools.ij"))
                .redirectErrorStream(true).start();
    }

    private static Bundle bundle(String symbolicName) {
        return Stream.of(FrameworkUtil.getBundle(DatabaseInUseTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new AssertionError("bundle " + symbolicName + " not in the test runtime"));
    }

    private static void awaitPrompt(Process process) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            int c = output.read();
            if (c < 0) {
                break;
            }
            seen.append((char) c);
            if (seen.indexOf("ij>") >= 0 || seen.indexOf("ij(OTHER)>") >= 0) {
                assertTrue(seen.indexOf("ERROR") < 0, "the other process connected: " + seen);
                return;
            }
        }
        throw new AssertionError("ij did not connect: " + seen);
    }
}
