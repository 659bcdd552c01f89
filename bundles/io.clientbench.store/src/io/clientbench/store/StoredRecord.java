package io.clientbench.store;

import java.util.Map;

/**
 * A record as stored: its id, the version its optimistic lock checks, and its values by field name.
 */
public record StoredRecord(String entity, long id, int version, Map<String, Object> values) {
}
