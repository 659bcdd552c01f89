package io.clientbench.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.osgi.util.NLS;

import io.clientbench.store.DataLocation;
import io.clientbench.store.Database;
import io.clientbench.store.DatabaseInfo;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoreException.Reason;

/**
 * The default {@link Database}: embedded Derby in the user's data folder. Declarative Services component;
 * the database boots on first use (not on activation) so that the caller sees a failure such as "in use".
 */
public class EmbeddedDerbyDatabase implements Database {

    /** Component property: the data folder, overriding {@link DataLocation}. */
    public static final String DATA_FOLDER_PROPERTY = "dataFolder";

    private static final String DERBY_LOG_PROPERTY = "derby.stream.error.file";

    private Path dataFolder;
    private EmbeddedDriver driver;
    private DatabaseInfo openInfo;

    public EmbeddedDerbyDatabase() {
        this(DataLocation.dataFolder());
    }

    /** Derby's boot password when the database is encrypted at rest, or null. */
    private char[] bootPassword;

    public EmbeddedDerbyDatabase(Path dataFolder) {
        this(dataFolder, null);
    }

    /**
     * @param bootPassword if not null, a new database is created encrypted with it (Derby data encryption, AES), and an
     *                     existing one is booted with it
     */
    public EmbeddedDerbyDatabase(Path dataFolder, char[] bootPassword) {
        this.dataFolder = dataFolder;
        this.bootPassword = bootPassword == null ? null : bootPassword.clone();
    }

    void activate(Map<String, Object> properties) {
        Object configured = properties.get(DATA_FOLDER_PROPERTY);
        if (configured instanceof String folder && !folder.isBlank()) {
            dataFolder = Path.of(folder).toAbsolutePath();
        }
    }

    void deactivate() {
        close();
    }

    @Override
    public Path location() {
        return DataLocation.databaseFolder(dataFolder);
    }

    @Override
    public synchronized boolean isOpen() {
        return openInfo != null;
    }

    @Override
    public synchronized DatabaseInfo open() throws StoreException {
        if (openInfo != null) {
            return openInfo;
        }
        createDataFolder();
        driver();
        boolean existed = Files.isDirectory(location());
        try (Connection connection = rawConnect(!existed)) {
            openInfo = StoreMetadata.initialize(connection, location(), !existed);
            return openInfo;
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    @Override
    public Connection connect() throws StoreException {
        open();
        try {
            Connection connection = rawConnect(false);
            connection.setAutoCommit(false);
            return RollbackOnClose.wrap(connection);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Shuts the database down cleanly so the next start needs no recovery. */
    public synchronized void close() {
        if (openInfo == null) {
            return;
        }
        openInfo = null;
        try {
            driver.connect(url() + ";shutdown=true", new Properties());
        } catch (SQLException expected) {
            // Derby signals a successful single-database shutdown with SQLState 08006.
            if (!"08006".equals(expected.getSQLState())) {
                StoreLog.error("Derby shutdown of " + location() + " failed", expected);
            }
        }
    }

    @Override
    public boolean isEncrypted() {
        // Derby keeps its boot settings in plain text beside the (encrypted) data
        Path settings = location().resolve("service.properties");
        try {
            return Files.isRegularFile(settings) && Files.readAllLines(settings, java.nio.charset.StandardCharsets.ISO_8859_1).stream()
                    .anyMatch(line -> line.replace(" ", "").equals("dataEncryption=true"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized void usePassword(char[] password) {
        if (openInfo != null) {
            throw new IllegalStateException("the database is open already");
        }
        bootPassword = password == null ? null : password.clone();
    }

    @Override
    public synchronized DatabaseInfo encrypt(char[] password) throws StoreException {
        if (isEncrypted()) {
            throw new IllegalStateException(location() + " is encrypted already");
        }
        open(); // creates it when missing, so there is a database to encrypt
        close(); // Derby encrypts an existing database only while booting it
        Properties encryption = new Properties(); // not in the URL: a password may hold a ';'
        encryption.setProperty("dataEncryption", "true");
        encryption.setProperty("bootPassword", new String(password));
        try (Connection connection = driver().connect(url(), encryption)) {
            bootPassword = password.clone();
            connection.setAutoCommit(false);
            try (AuditWriter audit = new AuditWriter(connection)) {
                audit.summary(io.clientbench.store.AuditEntry.Action.ENCRYPT, null, null, null, location().toString(), null);
                audit.flush();
            }
            connection.commit();
        } catch (SQLException e) {
            throw translate(e);
        }
        return open();
    }

    @Override
    public Path backup(Path targetFolder) throws StoreException {
        open();
        try (Connection connection = rawConnect(false);
                java.sql.CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            Files.createDirectories(targetFolder);
            backup.setString(1, targetFolder.toString());
            backup.execute();
            return targetFolder.resolve(location().getFileName());
        } catch (SQLException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new StoreException(Reason.FOLDER_NOT_WRITABLE, NLS.bind(StoreMessages.folderNotWritable, targetFolder, e.getMessage()), e);
        }
    }

    @Override
    public synchronized DatabaseInfo restore(Path backupCopy) throws StoreException {
        close();
        createDataFolder();
        try (Connection connection = driver().connect(url() + ";restoreFrom=" + backupCopy + passwordAttribute(), new Properties())) {
            openInfo = StoreMetadata.initialize(connection, location(), false);
            return openInfo;
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Derby's driver, created on first use: loading it boots Derby's engine, which must see the log setting first. */
    private EmbeddedDriver driver() {
        if (driver == null) {
            // Read once, when the engine boots: keep Derby's log next to the data unless the user chose a place.
            if (System.getProperty(DERBY_LOG_PROPERTY) == null) {
                System.setProperty(DERBY_LOG_PROPERTY, dataFolder.resolve("derby.log").toString());
            }
            driver = new EmbeddedDriver();
        }
        return driver;
    }

    private String passwordAttribute() {
        return bootPassword == null ? "" : ";bootPassword=" + new String(bootPassword);
    }

    private Connection rawConnect(boolean create) throws SQLException {
        String attributes = create ? ";create=true" + (bootPassword != null ? ";dataEncryption=true" : "") : "";
        Connection connection = driver.connect(url() + attributes + passwordAttribute(), new Properties());
        if (connection == null) {
            throw new SQLException("Derby refused the URL " + url());
        }
        return connection;
    }

    private String url() {
        return "jdbc:derby:" + location();
    }

    private void createDataFolder() throws StoreException {
        try {
            Files.createDirectories(dataFolder);
            if (!Files.isWritable(dataFolder)) {
                throw new IOException("read-only");
            }
        } catch (IOException e) {
            throw new StoreException(Reason.FOLDER_NOT_WRITABLE,
                    NLS.bind(StoreMessages.folderNotWritable, dataFolder, e.getMessage()), e);
        }
    }

    /** Derby reports a database booted by another JVM as XJ040 whose next exception is XSDB6. */
    private StoreException translate(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("XSDB6".equals(s.getSQLState())) {
                return new StoreException(Reason.IN_USE, NLS.bind(StoreMessages.databaseInUse, location()), e);
            }
            if ("XBM06".equals(s.getSQLState()) || "XBCXA".equals(s.getSQLState())) {
                return new StoreException(Reason.WRONG_PASSWORD, NLS.bind(StoreMessages.wrongPassword, location()), e);
            }
        }
        Throwable root = e;
        while (root.getCause() instanceof SQLException cause && cause != root) {
            root = cause;
        }
        String state = root instanceof SQLException sql ? sql.getSQLState() : e.getSQLState();
        return new StoreException(Reason.DATABASE_ERROR,
                NLS.bind(StoreMessages.databaseError, new Object[] { location(), state, root.getMessage() }), e);
    }
}
