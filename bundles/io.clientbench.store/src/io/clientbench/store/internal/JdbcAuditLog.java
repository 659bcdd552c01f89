package io.clientbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.clientbench.store.AuditEntry;
import io.clientbench.store.AuditEntry.Action;
import io.clientbench.store.AuditLog;
import io.clientbench.store.AuditQuery;
import io.clientbench.store.Database;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoreException.Reason;

/** {@link AuditLog} over {@code CB_AUDIT} with plain JDBC: filters become a WHERE clause, pages OFFSET/FETCH. */
public class JdbcAuditLog implements AuditLog {

    private Database database;

    public JdbcAuditLog() {
    }

    public JdbcAuditLog(Database database) {
        this.database = database;
    }

    void setDatabase(Database database) {
        this.database = database;
    }

    @Override
    public List<AuditEntry> query(AuditQuery query, int offset, int limit) throws StoreException {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT " + AuditTable.COLUMNS + " FROM " + AuditTable.TABLE + where(query, parameters)
                + " ORDER BY ID DESC OFFSET " + Math.max(0, offset) + " ROWS FETCH NEXT " + Math.max(1, limit) + " ROWS ONLY";
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection connection = database.connect(); PreparedStatement select = prepare(connection, sql, parameters);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(new AuditEntry(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
                        Action.valueOf(rows.getString(4)), rows.getString(5), nullableLong(rows, 6), nullableLong(rows, 7),
                        rows.getString(8), rows.getString(9), rows.getString(10), nullableLong(rows, 11)));
            }
            connection.commit();
            return entries;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public int count(AuditQuery query) throws StoreException {
        List<Object> parameters = new ArrayList<>();
        try (Connection connection = database.connect();
                PreparedStatement select = prepare(connection, "SELECT COUNT(*) FROM " + AuditTable.TABLE + where(query, parameters), parameters);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            int count = rows.getInt(1);
            connection.commit();
            return count;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static String where(AuditQuery query, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.entity() != null) {
            conditions.add("ENTITY = ?");
            parameters.add(query.entity());
        }
        if (query.recordId() != null) {
            conditions.add("(RECORD_ID = ? OR OWNER_ID = ?)");
            parameters.add(query.recordId());
            parameters.add(query.recordId());
        }
        if (query.actor() != null) {
            conditions.add("ACTOR = ?");
            parameters.add(query.actor());
        }
        if (query.from() != null) {
            conditions.add("WRITTEN_AT >= ?");
            parameters.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            conditions.add("WRITTEN_AT < ?");
            parameters.add(Timestamp.from(query.to()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add("(LOWER(FIELD) LIKE ? OR LOWER(OLD_VALUE) LIKE ? OR LOWER(NEW_VALUE) LIKE ? OR LOWER(ENTITY) LIKE ?)");
            String like = "%" + query.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            for (int i = 0; i < 4; i++) {
                parameters.add(like);
            }
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private StoreException failure(SQLException e) {
        return new StoreException(Reason.DATABASE_ERROR, NLS.bind(StoreMessages.databaseError,
                new Object[] { database.location(), e.getSQLState(), e.getMessage() }), e);
    }
}
