package io.clientbench.store.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.clientbench.store.AuditActor;
import io.clientbench.store.AuditEntry.Action;

/**
 * Writes audit lines on the connection of the transaction that makes the change, so that the lines commit and roll
 * back with it (a crash leaves both or neither). One writer per transaction: one actor and one instant for all its
 * lines. Lines are batched and sent by {@link #flush()}, which every write path calls before its commit.
 */
final class AuditWriter implements AutoCloseable {

    private final Connection connection;
    private final String actor = AuditActor.current();
    private final Timestamp at = Timestamp.from(Instant.now());
    private PreparedStatement insert;
    private int pending;

    AuditWriter(Connection connection) {
        this.connection = connection;
    }

    /** A new record: one line per field it was given (fields in name order). */
    void created(String entity, long id, Long owner, Map<String, ?> values) throws SQLException {
        for (Map.Entry<String, ?> value : new TreeMap<>(values).entrySet()) {
            if (value.getValue() != null && !io.clientbench.store.RecordRepository.OWNER.equals(value.getKey())) {
                line(Action.CREATE, entity, id, owner, value.getKey(), null, text(value.getValue()), null);
            }
        }
    }

    /** A changed record: one line per field whose value differs from {@code before}. */
    void changed(String entity, long id, Long owner, Map<String, ?> before, Map<String, ?> after, Long batch) throws SQLException {
        for (Map.Entry<String, ?> value : new TreeMap<>(after).entrySet()) {
            String old = text(before.get(value.getKey()));
            String now = text(value.getValue());
            if (!Objects.equals(old, now)) {
                line(Action.UPDATE, entity, id, owner, value.getKey(), old, now, batch);
            }
        }
    }

    /** One line of a given action about one field of a record (a pending mark set or cleared: field and state). */
    void mark(Action action, String entity, long id, Long owner, String field, String old, String now) throws SQLException {
        line(action, entity, id, owner, field, old, now, null);
    }

    /** One line about many records or about the database (an import, a migration). */
    void summary(Action action, String entity, Long recordId, String field, String detail, Long batch) throws SQLException {
        line(action, entity, recordId, null, field, null, detail, batch);
    }

    private void line(Action action, String entity, Long id, Long owner, String field, String old, String now, Long batch)
            throws SQLException {
        if (insert == null) {
            insert = connection.prepareStatement("INSERT INTO " + AuditTable.TABLE
                    + " (WRITTEN_AT, ACTOR, ACTION, ENTITY, RECORD_ID, OWNER_ID, FIELD, OLD_VALUE, NEW_VALUE, BATCH_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        insert.setTimestamp(1, at);
        insert.setString(2, cut(actor, 128));
        insert.setString(3, action.name());
        insert.setString(4, entity);
        setLong(5, id);
        setLong(6, owner);
        insert.setString(7, field);
        insert.setString(8, cut(old, AuditTable.VALUE_LENGTH));
        insert.setString(9, cut(now, AuditTable.VALUE_LENGTH));
        setLong(10, batch);
        insert.addBatch();
        if (++pending % 500 == 0) {
            insert.executeBatch();
        }
    }

    private void setLong(int index, Long value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.BIGINT);
        } else {
            insert.setLong(index, value);
        }
    }

    /** Sends the batched lines; call before the transaction commits. */
    void flush() throws SQLException {
        if (insert != null) {
            insert.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
    }

    /** A stored value as the log shows it: dates ISO, decimals plain, multi-values comma-separated. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** Ids as runs "first–last, …" for a bulk line, cut to what the column holds. */
    static String runs(long[] ids) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < ids.length && text.length() < AuditTable.VALUE_LENGTH) {
            int j = i;
            while (j + 1 < ids.length && ids[j + 1] == ids[j] + 1) {
                j++;
            }
            text.append(text.isEmpty() ? "" : ", ").append(ids[i]);
            if (j > i) {
                text.append('-').append(ids[j]);
            }
            i = j + 1;
        }
        return text.toString();
    }
}
