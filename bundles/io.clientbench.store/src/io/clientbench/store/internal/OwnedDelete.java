package io.clientbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Deletes a contained entity's records by owner and key prefix on the transaction's own connection, owners a chunk
 * per statement (Derby compiles each distinct IN list; a fixed chunk size keeps the statements few). The prefix is
 * matched literally: LIKE's wildcards in it are escaped.
 */
final class OwnedDelete {

    private static final int CHUNK = 200;

    private OwnedDelete() {
    }

    /** @return how many records were deleted */
    static int byPrefix(Connection connection, String table, String keyColumn, List<Long> owners, String prefix) throws SQLException {
        if (owners.isEmpty()) {
            return 0;
        }
        String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String marks = "?" + ",?".repeat(CHUNK - 1);
        int deleted = 0;
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE OWNER_ID IN (" + marks + ") AND " + keyColumn + " LIKE ? ESCAPE '\\'")) {
            for (int from = 0; from < owners.size(); from += CHUNK) {
                for (int i = 0; i < CHUNK; i++) {
                    // a short last chunk repeats its last owner: the same rows, deleted once
                    delete.setLong(i + 1, owners.get(Math.min(from + i, owners.size() - 1)));
                }
                delete.setString(CHUNK + 1, pattern);
                deleted += delete.executeUpdate();
            }
        }
        return deleted;
    }
}
