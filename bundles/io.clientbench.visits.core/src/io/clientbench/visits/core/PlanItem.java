package io.clientbench.visits.core;

import java.time.LocalDate;

import io.clientbench.model.Label;

/**
 * One line of a rep's plan: what is due for which customer and when, and whether it was done.
 *
 * @param doneOn the contact that met it, or null
 * @param reason the rule, holiday or contact's birthday that makes it due
 */
public record PlanItem(long customerId, String customerName, String owner, LocalDate due, Kind kind, Status status,
        LocalDate doneOn, Label reason) {

    public enum Kind {
        /** An on-site visit. */
        ON_SITE,
        /** A contact of any kind (call, online meeting, message, visit). */
        CONTACT,
        /** An on-site visit, or enough calls instead. */
        ON_SITE_OR_CALLS,
        HOLIDAY_GREETING,
        BIRTHDAY
    }

    public enum Status {
        /** Met on or before its date. */
        DONE,
        /** Met, but after its date. */
        DONE_LATE,
        /** Its date has passed without a contact. */
        OVERDUE,
        /** Still ahead. */
        PLANNED
    }
}
