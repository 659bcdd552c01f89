package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: kill -9 a writer repeatedly in the middle of its transactions; after each kill the database boots
 * without repair, its table checks clean, every transaction whose commit returned is there whole, and no transaction
 * is there in part. The writer is a second JVM (Derby's ij) committing 20-row transactions and acknowledging each
 * commit on its output only after the commit returned.
 */
class CrashRecoveryTest {

    private static final int ROUNDS = 5;
    private static final int MIN_ACKS_PER_ROUND = 10;
    private static final int ROWS_PER_TRANSACTION = 20;
    private static final int TRANSACTIONS_PER_SCRIPT = 20_000;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedCommitSurvivesRepeatedKills() throws Exception {
        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(folder);
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE CRASH_PROBE (TXN INTEGER NOT NULL, ROW_NO INTEGER NOT NULL, PAYLOAD VARCHAR(100))");
            c.commit();
        }
        database.close();

        Random random = new Random(42);
        Set<Integer> acknowledged = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            Path script = writeScript(database, round);
            Process writer = IjProcess.start(folder, List.of(), script.toString());
            acknowledged.addAll(readAcknowledgementsThenKill(writer, 300 + random.nextInt(700)));

            EmbeddedDerbyDatabase reopened = new EmbeddedDerbyDatabase(folder);
            try (Connection c = reopened.connect(); Statement s = c.createStatement()) {
                try (ResultSet check = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE('APP', 'CRASH_PROBE')")) {
                    check.next();
                    assertEquals(1, check.getInt(1), "table consistent after kill " + (round + 1));
                }
                Map<Integer, Integer> rowsPerTransaction = new HashMap<>();
                try (ResultSet rows = s.executeQuery("SELECT TXN, COUNT(*) FROM CRASH_PROBE GROUP BY TXN")) {
                    while (rows.next()) {
                        rowsPerTransaction.put(rows.getInt(1), rows.getInt(2));
                    }
                }
                List<Integer> partial = rowsPerTransaction.entrySet().stream()
                        .filter(e -> e.getValue() != ROWS_PER_TRANSACTION).map(Map.Entry::getKey).toList();
                assertEquals(List.of(), partial, "transactions present in part after kill " + (round + 1));
                Set<Integer> lost = new HashSet<>(acknowledged);
                lost.removeAll(rowsPerTransaction.keySet());
                assertEquals(Set.of(), lost, "acknowledged commits lost after kill " + (round + 1));
            } finally {
                reopened.close();
            }
        }
        assertTrue(acknowledged.size() > ROUNDS * MIN_ACKS_PER_ROUND, "the writer committed while being killed: " + acknowledged.size());
        System.out.println("CrashRecoveryTest: " + ROUNDS + " kills, " + acknowledged.size() + " acknowledged transactions, none lost");
    }

    private Path writeScript(EmbeddedDerbyDatabase database, int round) throws Exception {
        Path script = folder.resolve("writer-" + round + ".sql");
        try (Writer out = Files.newBufferedWriter(script, StandardCharsets.UTF_8)) {
            out.write("connect 'jdbc:derby:" + database.location() + "';\nautocommit off;\n");
            for (int t = 0; t < TRANSACTIONS_PER_SCRIPT; t++) {
                int txn = round * TRANSACTIONS_PER_SCRIPT + t;
                StringBuilder insert = new StringBuilder("insert into CRASH_PROBE values ");
                for (int row = 0; row < ROWS_PER_TRANSACTION; row++) {
                    insert.append(row == 0 ? "" : ",").append('(').append(txn).append(',').append(row).append(",'客户数据 ").append(row).append("')");
                }
                out.write(insert.append(";\ncommit;\nvalues 'ACK-").append(txn).append("';\n").toString());
            }
        }
        return script;
    }

    /** Reads the writer's acknowledgements for a while, then kills it with SIGKILL (no shutdown hooks, no flush). */
    private static Set<Integer> readAcknowledgementsThenKill(Process writer, long millisAfterFirstAck) throws Exception {
        Set<Integer> acks = new HashSet<>();
        long deadline = Long.MAX_VALUE;
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            // kill at a random moment, but not before the writer has committed a few times: on a loaded machine a
            // fixed delay alone may pass with too few commits to prove anything
            while (System.nanoTime() < giveUp && (System.nanoTime() < deadline || acks.size() <= MIN_ACKS_PER_ROUND)) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                String value = line.strip();
                if (value.matches("ACK-[0-9]+")) { // the result row, printed after the preceding commit returned
                    acks.add(Integer.parseInt(value.substring(4)));
                    if (deadline == Long.MAX_VALUE) {
                        deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millisAfterFirstAck);
                    }
                }
            }
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }
        return acks;
    }
}
