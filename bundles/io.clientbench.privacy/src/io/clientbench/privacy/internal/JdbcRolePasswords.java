package io.clientbench.privacy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;

import io.clientbench.privacy.Role;
import io.clientbench.privacy.RoleException;
import io.clientbench.privacy.RolePasswords;
import io.clientbench.store.AuditEntry;
import io.clientbench.store.AuditLog;
import io.clientbench.store.Database;
import io.clientbench.store.StoreException;

/**
 * Keeps the roles' password hashes in the database's own table {@code CB_ROLE_PASSWORD} (created on first use), so
 * they travel with backups and are encrypted with the database, unlike preferences in plain files.
 */
public final class JdbcRolePasswords implements RolePasswords {

    static final String TABLE = "CB_ROLE_PASSWORD";
    private final Database database;

    public JdbcRolePasswords(Database database) {
        this.database = database;
    }

    /** A connection of the store (not auto-committing, rolled back on close) with the table there. */
    private Connection connect() throws RoleException {
        try {
            Connection connection = database.connect();
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE TABLE " + TABLE + " (ROLE_ID VARCHAR(20) NOT NULL PRIMARY KEY, ALGORITHM VARCHAR(40) NOT NULL, "
                        + "ITERATIONS INT NOT NULL, SALT VARCHAR(64) NOT NULL, HASH VARCHAR(128) NOT NULL)");
                connection.commit();
            } catch (SQLException e) {
                if (!"X0Y32".equals(e.getSQLState())) { // X0Y32: the table exists already
                    connection.close();
                    throw e;
                }
            }
            return connection;
        } catch (StoreException | SQLException e) {
            throw new RoleException(RoleException.Reason.STORE_ERROR, "store.failed", e, e.getMessage());
        }
    }

    /** "password changed/removed for role X" in the audit log, in the change's transaction; never the password or hash. */
    private static void audit(Connection connection, Role role, String what) throws SQLException {
        AuditLog.write(connection, AuditEntry.Action.ROLE_PASSWORD, "Role", "password", "password " + what + " for role " + role.id());
    }

    @Override
    public Optional<PasswordHash> find(Role role) throws RoleException {
        try (Connection connection = connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT ALGORITHM, ITERATIONS, SALT, HASH FROM " + TABLE + " WHERE ROLE_ID = ?")) {
            select.setString(1, role.id());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Base64.Decoder base64 = Base64.getDecoder();
                return Optional.of(new PasswordHash(row.getString(1), row.getInt(2), base64.decode(row.getString(3)),
                        base64.decode(row.getString(4))));
            }
        } catch (SQLException e) {
            throw new RoleException(RoleException.Reason.STORE_ERROR, "store.failed", e, e.getMessage());
        }
    }

    @Override
    public void save(Role role, PasswordHash hash) throws RoleException {
        try (Connection connection = connect()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE ROLE_ID = ?");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, ?, ?, ?, ?)")) {
                delete.setString(1, role.id());
                delete.executeUpdate();
                Base64.Encoder base64 = Base64.getEncoder();
                insert.setString(1, role.id());
                insert.setString(2, hash.algorithm());
                insert.setInt(3, hash.iterations());
                insert.setString(4, base64.encodeToString(hash.salt()));
                insert.setString(5, base64.encodeToString(hash.hash()));
                insert.executeUpdate();
                audit(connection, role, "changed");
                connection.commit();
            }
        } catch (SQLException e) {
            throw new RoleException(RoleException.Reason.STORE_ERROR, "store.failed", e, e.getMessage());
        }
    }

    @Override
    public void remove(Role role) throws RoleException {
        try (Connection connection = connect();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE ROLE_ID = ?")) {
            delete.setString(1, role.id());
            if (delete.executeUpdate() > 0) {
                audit(connection, role, "removed");
            }
            connection.commit();
        } catch (SQLException e) {
            throw new RoleException(RoleException.Reason.STORE_ERROR, "store.failed", e, e.getMessage());
        }
    }
}
