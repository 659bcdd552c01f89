package io.clientbench.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What {@link Database#open()} found.
 *
 * @param location      the database folder
 * @param createdAt     when this database was first created
 * @param createdNow    whether this call created it
 * @param schemaVersion the version of the store's table layout, raised by each additive migration
 */
public record DatabaseInfo(Path location, Instant createdAt, boolean createdNow, int schemaVersion) {
}
