package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        return IjProcess.start(dataFolder, List.of("-Dij.connection.other=jdbc:derby:" + database));
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
