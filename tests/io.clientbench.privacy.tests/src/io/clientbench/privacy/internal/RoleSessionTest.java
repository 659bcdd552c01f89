package io.clientbench.privacy.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.clientbench.privacy.Role;
import io.clientbench.privacy.RoleException;
import io.clientbench.privacy.RolePasswords.PasswordHash;
import io.clientbench.privacy.RolePolicy;
import io.clientbench.privacy.RoleSession;
import io.clientbench.store.Database;
import io.clientbench.store.DatabaseInfo;
import io.clientbench.store.StoreException;

/** Role passwords (PBKDF2 in the database), refusals with their messages, and each role's policy. */
class RoleSessionTest {

    private static final String URL = "jdbc:derby:memory:roleSessionTest";
    private DefaultRoleSession session;
    private Database database;

    @BeforeEach
    void open() throws Exception {
        connection(URL + ";create=true").close();
        database = new MemoryDatabase();
        session = new DefaultRoleSession();
        session.setDatabase(database);
    }

    @AfterEach
    void drop() {
        try {
            connection(URL + ";drop=true");
        } catch (SQLException expected) { // Derby reports a dropped database as an exception
        }
    }

    @Test
    void aFreshInstallStartsAsAdminAndAProtectedOneAsSales() throws Exception {
        assertEquals(Role.ADMIN, session.role(), "no admin password yet: the admin sets things up");
        session.setPassword(Role.ADMIN, "geheim-1".toCharArray());
        DefaultRoleSession nextStart = new DefaultRoleSession(new JdbcRolePasswords(database));
        assertEquals(Role.SALES, nextStart.role(), "with an admin password the next start begins as sales");
        assertTrue(nextStart.policy().masksPersonalData());
    }

    @Test
    void passwordsAreSaltedHashesInTheDatabaseAndCheckedOnSwitching() throws Exception {
        session.setPassword(Role.MANAGER, "jingli-2026".toCharArray());
        session.setPassword(Role.SALES, "xiaoshou1".toCharArray());
        assertTrue(session.hasPassword(Role.MANAGER));
        assertFalse(session.hasPassword(Role.SERVICE));

        try (Connection connection = database.connect(); ResultSet rows = connection.createStatement()
                .executeQuery("SELECT ROLE_ID, ALGORITHM, ITERATIONS, SALT, HASH FROM CB_ROLE_PASSWORD ORDER BY ROLE_ID")) {
            List<String> salts = new ArrayList<>();
            while (rows.next()) {
                assertEquals("PBKDF2WithHmacSHA256", rows.getString(2));
                assertTrue(rows.getInt(3) >= 100_000);
                salts.add(rows.getString(4));
                assertFalse(rows.getString(5).contains("jingli"), "never the password itself");
            }
            assertEquals(2, salts.size());
            assertNotEquals(salts.get(0), salts.get(1), "each password has its own salt");
        }

        RoleException wrong = assertThrows(RoleException.class,
                () -> session.switchTo(Role.MANAGER, "王经理", "jingli-2025".toCharArray(), false));
        assertEquals(RoleException.Reason.WRONG_PASSWORD, wrong.reason());
        assertEquals("Wrong password for the role Branch manager; the role was not changed.", wrong.message(Locale.ENGLISH));
        assertEquals("角色“分公司经理”的密码错误，角色未切换。", wrong.message(Locale.CHINESE));
        assertEquals(Role.ADMIN, session.role(), "a refused switch changes nothing");
        assertThrows(RoleException.class, () -> session.switchTo(Role.MANAGER, null, null, false), "no password given");

        List<RoleSession.Identity> seen = new ArrayList<>();
        session.addListener(seen::add);
        char[] typed = "jingli-2026".toCharArray();
        session.switchTo(Role.MANAGER, "王经理", typed, false);
        assertEquals(new RoleSession.Identity("王经理", Role.MANAGER, false), session.current());
        assertEquals(List.of(session.current()), seen);
        assertArrayEquals(new char[typed.length], typed, "the typed password is wiped after use");
        assertEquals("王经理 (manager)", session.current().toString(), "the audit log's who");

        session.switchTo(Role.SERVICE, "", null, false);
        assertEquals(Role.SERVICE, session.role(), "a role without a password needs none");
        assertEquals("王经理", session.current().user(), "a blank user keeps the previous one");
    }

    @Test
    void passwordChangesAreAuditedWithoutThePasswordOrItsHash() throws Exception {
        io.clientbench.store.AuditActor.use(() -> "张管理 (admin)");
        try {
            session.setPassword(Role.SALES, "xiaoshou1".toCharArray());
            session.setPassword(Role.SALES, "xiaoshou2".toCharArray());
            session.setPassword(Role.SALES, new char[0]);
            session.setPassword(Role.SERVICE, new char[0]); // had none: nothing changed, no line
        } finally {
            io.clientbench.store.AuditActor.reset();
        }
        List<String> lines = new ArrayList<>();
        try (Connection connection = database.connect(); ResultSet rows = connection.createStatement().executeQuery(
                "SELECT ACTOR, ACTION, ENTITY, FIELD, OLD_VALUE, NEW_VALUE FROM CB_AUDIT ORDER BY ID")) {
            while (rows.next()) {
                lines.add(rows.getString(1) + " | " + rows.getString(2) + " | " + rows.getString(3) + " | " + rows.getString(4) + " | "
                        + rows.getString(5) + " | " + rows.getString(6));
            }
        }
        assertEquals(List.of("张管理 (admin) | ROLE_PASSWORD | Role | password | null | password changed for role sales",
                "张管理 (admin) | ROLE_PASSWORD | Role | password | null | password changed for role sales",
                "张管理 (admin) | ROLE_PASSWORD | Role | password | null | password removed for role sales"), lines);
    }

    @Test
    void onlyTheAdminSetsPasswordsAndShortOnesAreRefused() throws Exception {
        RoleException weak = assertThrows(RoleException.class, () -> session.setPassword(Role.SALES, "12345".toCharArray()));
        assertEquals(RoleException.Reason.WEAK_PASSWORD, weak.reason());
        assertEquals("角色密码至少需要 6 个字符。", weak.message(Locale.CHINESE));
        session.switchTo(Role.SALES, "李销售", null, false);
        RoleException refused = assertThrows(RoleException.class, () -> session.setPassword(Role.SALES, "123456".toCharArray()));
        assertEquals(RoleException.Reason.NOT_ALLOWED, refused.reason());
        assertEquals("Only the administrator may set passwords; the current role is Sales.", refused.message(Locale.ENGLISH));
        assertFalse(session.hasPassword(Role.SALES));

        session.switchTo(Role.ADMIN, null, null, false);
        session.setPassword(Role.SALES, "123456".toCharArray());
        assertTrue(session.hasPassword(Role.SALES));
        session.setPassword(Role.SALES, new char[0]);
        assertFalse(session.hasPassword(Role.SALES), "an empty password removes the protection");
    }

    @Test
    void eachRolesPolicy() throws Exception {
        assertEquals(new RolePolicy(Role.ADMIN, false, true, true), Role.ADMIN.policy());
        assertEquals(new RolePolicy(Role.MANAGER, false, false, true), Role.MANAGER.policy());
        assertEquals(new RolePolicy(Role.SALES, true, false, false), Role.SALES.policy());
        assertEquals(new RolePolicy(Role.SERVICE, true, false, false), Role.SERVICE.policy());
        assertTrue(Role.SALES.policy().masks("phone"));
        assertFalse(Role.SALES.policy().masks((String) null), "fields without masking are shown to everyone");
        assertFalse(Role.MANAGER.policy().masks("name"));
        assertEquals("销售", Role.SALES.label(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Role.SERVICE, Role.byId(" Service "));

        session.switchTo(Role.MANAGER, "王经理", null, true);
        assertTrue(session.policy().masks("name"), "a manager's anonymised output masks like sales");
        session.switchTo(Role.SALES, "李销售", null, true);
        assertFalse(session.current().anonymised(), "sales are masked anyway; the flag is only for roles that may see whole");
    }

    @Test
    void unreadablePasswordsFailClosed() {
        DefaultRoleSession broken = new DefaultRoleSession(new io.clientbench.privacy.RolePasswords() {
            @Override
            public Optional<PasswordHash> find(Role role) throws RoleException {
                throw new RoleException(RoleException.Reason.STORE_ERROR, "store.failed", null, "closed");
            }

            @Override
            public void save(Role role, PasswordHash hash) {
            }

            @Override
            public void remove(Role role) {
            }
        });
        assertEquals(Role.SALES, broken.role(), "when the passwords cannot be read, start masked");
        assertThrows(RoleException.class, () -> broken.switchTo(Role.ADMIN, null, null, false));
    }

    /** Straight from Derby's driver: DriverManager does not see a driver of another bundle's class loader. */
    private static Connection connection(String url) throws SQLException {
        return new org.apache.derby.jdbc.EmbeddedDriver().connect(url, new java.util.Properties());
    }

    /** The store's {@link Database} contract over an in-memory Derby database. */
    private static final class MemoryDatabase implements Database {
        @Override
        public DatabaseInfo open() {
            return null;
        }

        @Override
        public Connection connect() throws StoreException {
            try {
                Connection connection = connection(URL);
                connection.setAutoCommit(false);
                return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                        new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
                            if (method.getName().equals("close")) {
                                connection.rollback(); // as the store's connections do: uncommitted work is dropped
                            }
                            try {
                                return method.invoke(connection, arguments);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            } catch (SQLException e) {
                throw new StoreException(StoreException.Reason.DATABASE_ERROR, e.getMessage(), e);
            }
        }

        @Override
        public Path backup(Path targetFolder) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DatabaseInfo restore(Path backupCopy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path location() {
            return Path.of("memory");
        }

        @Override
        public boolean isOpen() {
            return true;
        }
    }
}
