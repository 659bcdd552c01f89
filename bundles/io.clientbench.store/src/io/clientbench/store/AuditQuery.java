package io.clientbench.store;

import java.time.Instant;

/**
 * A filter on the audit log; every part is optional (null). Build with {@link #all()} and the {@code with…} methods.
 *
 * @param entity   lines about this entity
 * @param recordId lines about this record or about records it owns (a customer's contacts)
 * @param actor    lines written for this user
 * @param from     lines at or after this instant
 * @param to       lines before this instant
 * @param text     lines whose field, old or new value contains this text (case-insensitive)
 */
public record AuditQuery(String entity, Long recordId, String actor, Instant from, Instant to, String text) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    public AuditQuery withEntity(String e) {
        return new AuditQuery(e, recordId, actor, from, to, text);
    }

    public AuditQuery withRecord(Long id) {
        return new AuditQuery(entity, id, actor, from, to, text);
    }

    public AuditQuery withActor(String a) {
        return new AuditQuery(entity, recordId, a, from, to, text);
    }

    public AuditQuery between(Instant start, Instant end) {
        return new AuditQuery(entity, recordId, actor, start, end, text);
    }

    public AuditQuery withText(String t) {
        return new AuditQuery(entity, recordId, actor, from, to, t);
    }
}
