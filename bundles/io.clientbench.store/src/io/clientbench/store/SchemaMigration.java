package io.clientbench.store;

import java.util.List;

/**
 * What migrating the store to a schema did or would do.
 *
 * @param fromVersion the store's layout version before
 * @param toVersion   the version after (the same when nothing changed)
 * @param statements  the DDL run, in order: only additions (tables, columns, indexes, wider texts)
 */
public record SchemaMigration(int fromVersion, int toVersion, List<String> statements) {

    public boolean changed() {
        return !statements.isEmpty();
    }
}
