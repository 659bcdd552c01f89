package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.clientbench.store.AuditEntry.Action;
import io.clientbench.store.AuditQuery;
import io.clientbench.store.BootPassword;
import io.clientbench.store.StoreException;

/** An existing database with data is encrypted where it lies: data intact, files unreadable, the password needed. */
class EncryptInPlaceTest {

    private static final String MARKER = "PlainTextProbe4711";
    private static final char[] PASSWORD = "branch-pass-2026".toCharArray();

    @TempDir
    Path folder;

    @Test
    void anUnencryptedDatabaseWithDataIsEncryptedInPlace() throws Exception {
        long id;
        try (TestStore store = new TestStore(folder)) {
            id = store.repository.create("Customer", Map.of("fullName", MARKER, "region", "成都")).id();
            assertFalse(store.database.isEncrypted());
        }
        Path files = io.clientbench.store.DataLocation.databaseFolder(folder);
        assertTrue(contains(files, MARKER), "control: the unencrypted files show the name");

        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(folder);
        database.encrypt(PASSWORD);
        database.close();
        assertTrue(new EmbeddedDerbyDatabase(folder).isEncrypted());
        assertFalse(contains(files, MARKER), "no file shows the name once encrypted");

        StoreException none = assertThrows(StoreException.class, () -> new EmbeddedDerbyDatabase(folder).open());
        assertEquals(StoreException.Reason.WRONG_PASSWORD, none.reason());
        EmbeddedDerbyDatabase wrong = new EmbeddedDerbyDatabase(folder);
        wrong.usePassword("wrong-pass-1".toCharArray());
        assertEquals(StoreException.Reason.WRONG_PASSWORD, assertThrows(StoreException.class, wrong::open).reason());

        EmbeddedDerbyDatabase reopened = new EmbeddedDerbyDatabase(folder);
        reopened.usePassword(PASSWORD);
        JpaRecordRepository repository = new JpaRecordRepository(reopened, TestStore.registry());
        try {
            Map<String, Object> values = repository.find("Customer", id).orElseThrow().values();
            assertEquals(List.of(MARKER, "成都"), List.of(values.get("fullName"), values.get("region")));
            assertEquals(Action.ENCRYPT, new JdbcAuditLog(reopened).query(AuditQuery.all(), 0, 1).getFirst().action());
        } finally {
            repository.close();
            reopened.close();
        }
    }

    @Test
    void aNewPasswordFollowsTheRule() {
        assertNull(BootPassword.problem("abc12345".toCharArray(), "abc12345".toCharArray()));
        assertEquals(BootPassword.problem("short1".toCharArray(), "short1".toCharArray()), BootPassword.problem("onlyletters".toCharArray(), "onlyletters".toCharArray()));
        assertTrue(BootPassword.problem("12345678".toCharArray(), "12345678".toCharArray()).contains("8"));
        assertTrue(BootPassword.problem("abc12345".toCharArray(), "abc12346".toCharArray()).length() > 0);
    }

    private static boolean contains(Path root, String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
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
}
