package io.clientbench.visits.core;

import java.time.LocalDate;

/**
 * One contact with a customer that counts toward its cadence: a recorded visit or follow-up.
 *
 * @param onSite whether it was an on-site visit (phone, online meeting and message are remote)
 */
public record Touch(LocalDate date, boolean onSite) {
}
