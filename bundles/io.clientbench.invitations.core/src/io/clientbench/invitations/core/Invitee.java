package io.clientbench.invitations.core;

import java.math.BigDecimal;

/**
 * One line of an activity's invitation list (sheet 4's fields that the funnel reads).
 *
 * @param invited       whether the invitation went out
 * @param result        PENDING, ACCEPTED, DECLINED, ATTENDED or NO_SHOW (value-list names), or null
 * @param invitedCount  how many people of the customer were invited, or null
 * @param attendedCount how many came, or null
 * @param dealAmount    what the customer bought after the event, or null
 */
public record Invitee(long customerId, boolean invited, String result, Integer invitedCount, Integer attendedCount, BigDecimal dealAmount) {

    /** Whether the customer said yes at some point (a no-show had accepted). */
    public boolean accepted() {
        return "ACCEPTED".equals(result) || "ATTENDED".equals(result) || "NO_SHOW".equals(result);
    }

    /** Whether someone of the customer came. */
    public boolean attended() {
        return "ATTENDED".equals(result) || attendedCount != null && attendedCount > 0;
    }

    public boolean closedDeal() {
        return dealAmount != null && dealAmount.signum() > 0;
    }
}
