package io.clientbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.store.DataLocation;
import io.clientbench.store.Database;
import io.clientbench.store.DatabaseInfo;
import io.clientbench.store.StoreException;

class EmbeddedDerbyDatabaseTest {

    @TempDir
    Path dataFolder;

    @Test
    void firstOpenCreatesTheDataFolderAndAnEmptyDatabase() throws Exception {
        Path folder = dataFolder.resolve("new/branch");
        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(folder);
        try {
            assertFalse(database.isOpen());
            DatabaseInfo info = database.open();
            assertTrue(info.createdNow());
            assertEquals(StoreMetadata.INITIAL_SCHEMA_VERSION, info.schemaVersion());
            assertEquals(folder.resolve("db"), info.location());
            assertTrue(Files.isRegularFile(folder.resolve("db/service.properties")), "Derby files in the db folder");
            assertEquals(info, database.open(), "open is idempotent");
        } finally {
            database.close();
        }
    }

    @Test
    void aSecondStartReusesTheSameDatabaseAndKeepsItsRows() throws Exception {
        EmbeddedDerbyDatabase first = new EmbeddedDerbyDatabase(dataFolder);
        DatabaseInfo created = first.open();
        try (Connection connection = first.connect(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("CREATE TABLE PROBE (NAME VARCHAR(40) NOT NULL)");
            sql.executeUpdate("INSERT INTO PROBE VALUES ('北京建工集团')");
            connection.commit();
        }
        first.close();
        assertFalse(first.isOpen());

        EmbeddedDerbyDatabase second = new EmbeddedDerbyDatabase(dataFolder);
        try {
            DatabaseInfo reopened = second.open();
            assertFalse(reopened.createdNow());
            assertEquals(created.createdAt(), reopened.createdAt());
            try (Connection connection = second.connect(); Statement sql = connection.createStatement();
                    ResultSet rows = sql.executeQuery("SELECT NAME FROM PROBE")) {
                assertTrue(rows.next());
                assertEquals("北京建工集团", rows.getString(1));
                assertFalse(rows.next());
            }
        } finally {
            second.close();
        }
    }

    @Test
    void uncommittedWorkIsRolledBackWhenTheConnectionCloses() throws Exception {
        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(dataFolder);
        try {
            try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("CREATE TABLE PROBE (N INT)");
                connection.commit();
                sql.executeUpdate("INSERT INTO PROBE VALUES (1)");
                connection.rollback();
            }
            try (Connection connection = database.connect(); Statement sql = connection.createStatement();
                    ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM PROBE")) {
                rows.next();
                assertEquals(0, rows.getInt(1));
            }
        } finally {
            database.close();
        }
    }

    @Test
    void anUnwritableDataFolderIsReportedByName() throws Exception {
        Path file = Files.writeString(dataFolder.resolve("not-a-folder"), "x");
        EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase(file.resolve("data"));
        StoreException e = assertThrows(StoreException.class, database::open);
        assertEquals(StoreException.Reason.FOLDER_NOT_WRITABLE, e.reason());
        assertTrue(e.getMessage().contains(file.resolve("data").toString()), e.getMessage());
    }

    @Test
    void theServiceIsRegisteredInOsgiForTheConfiguredDataFolder() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(EmbeddedDerbyDatabase.class).getBundleContext();
        ServiceTracker<Database, Database> tracker = new ServiceTracker<>(context, Database.class, null);
        tracker.open();
        try {
            Database service = tracker.waitForService(10_000);
            assertNotNull(service, "Database service registered by Declarative Services");
            assertEquals(DataLocation.databaseFolder(DataLocation.dataFolder()), service.location());
            assertTrue(service.open().location().startsWith(Path.of(System.getProperty(DataLocation.PROPERTY))));
        } finally {
            tracker.close();
        }
    }
}
