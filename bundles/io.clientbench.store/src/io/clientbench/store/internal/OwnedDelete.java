package io.clientbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Deletes a contained entity's records by owner and key prefix on the transaction's own connection: one statement per
 * owner, sent in JDBC batches. An {@code OWNER_ID = ?} probe takes the owner index; the first version's
 * {@code OWNER_ID IN (?,…)} lists of 200 owners were where TagsBench's tag write-back spent its time once the table held
 * two months of snapshot grades. The prefix is matched literally: LIKE's wildcards in it are escaped.
 */
final class OwnedDelete {

    private static final int BATCH = 500;

    private OwnedDelete() {
    }

    /** @return how many records were deleted */
    static int byPrefix(Connection connection, String table, String keyColumn, List<Long> owners, String prefix) throws SQLException {
        if (owners.isEmpty()) {
            return 0;
        }
        String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        int deleted = 0;
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE OWNER_ID = ? AND " + keyColumn + " LIKE ? ESCAPE '\\'")) {
            for (int i = 0; i < owners.size(); i++) {
                delete.setLong(1, owners.get(i));
                delete.setString(2, pattern);
                delete.addBatch();
                if ((i + 1) % BATCH == 0 || i + 1 == owners.size()) {
                    for (int count : delete.executeBatch()) {
                        deleted += Math.max(count, 0);
                    }
                }
            }
        }
        return deleted;
    }
}
