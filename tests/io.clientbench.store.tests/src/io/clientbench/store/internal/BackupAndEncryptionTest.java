package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.clientbench.store.StoreException;

/** Online backup and restore; encryption at rest with a boot password. */
class BackupAndEncryptionTest {

    private static final String MARKER = "PLAINTEXT-MARKER-4711";

    @TempDir
    Path folder;

    @Test
    void anOnlineBackupHoldsCommittedWorkAndRestoreBringsItBack() throws Exception {
        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(folder.resolve("data"));
        try {
            execute(database, "CREATE TABLE PROBE (N INTEGER)", "INSERT INTO PROBE VALUES (1), (2), (3)");
            Path copy;
            try (Connection writer = database.connect(); Statement s = writer.createStatement()) {
                s.executeUpdate("INSERT INTO PROBE VALUES (99)"); // uncommitted while the backup runs
                copy = database.backup(folder.resolve("backups/monday"));
                writer.rollback();
            }
            assertTrue(Files.isRegularFile(copy.resolve("service.properties")), copy.toString());
            execute(database, "INSERT INTO PROBE VALUES (4)", "DELETE FROM PROBE WHERE N = 1");
            assertEquals(9, sum(database));

            database.restore(copy);
            assertEquals(6, sum(database), "1 + 2 + 3: the state at the backup, without uncommitted work");
        } finally {
            database.close();
        }
    }

    @Test
    void anEncryptedDatabaseNeedsItsPasswordAndHidesItsData() throws Exception {
        Path plainFolder = folder.resolve("plain");
        EmbeddedDerbyDatabase plain = new EmbeddedDerbyDatabase(plainFolder);
        execute(plain, "CREATE TABLE PROBE (T VARCHAR(40))", "INSERT INTO PROBE VALUES ('" + MARKER + "')");
        plain.close();
        assertTrue(filesContain(plain.location(), MARKER), "control: an unencrypted database shows the text in its files");

        Path secretFolder = folder.resolve("secret");
        EmbeddedDerbyDatabase secret = new EmbeddedDerbyDatabase(secretFolder, "branch-pass-2026".toCharArray());
        execute(secret, "CREATE TABLE PROBE (T VARCHAR(40))", "INSERT INTO PROBE VALUES ('" + MARKER + "')");
        secret.close();
        assertFalse(filesContain(secret.location(), MARKER), "encrypted at rest");

        StoreException wrong = assertThrows(StoreException.class,
                () -> new EmbeddedDerbyDatabase(secretFolder, "guess".toCharArray()).open());
        assertEquals(StoreException.Reason.WRONG_PASSWORD, wrong.reason());
        assertTrue(wrong.getMessage().contains(secretFolder.resolve("db").toString()), wrong.getMessage());

        EmbeddedDerbyDatabase reopened = new EmbeddedDerbyDatabase(secretFolder, "branch-pass-2026".toCharArray());
        try (Connection c = reopened.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT T FROM PROBE")) {
            assertTrue(rs.next());
            assertEquals(MARKER, rs.getString(1));
        } finally {
            reopened.close();
        }
    }

    private static boolean filesContain(Path root, String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                outer: for (int i = 0; i + needle.length <= bytes.length; i++) {
                    for (int j = 0; j < needle.length; j++) {
                        if (bytes[i + j] != needle[j]) {
                            continue outer;
                        }
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private static void execute(EmbeddedDerbyDatabase database, String... sql) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.executeUpdate(statement);
            }
            c.commit();
        }
    }

    private static int sum(EmbeddedDerbyDatabase database) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SUM(N) FROM PROBE")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
