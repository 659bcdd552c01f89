package io.clientbench.invitations.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * An activity's funnel — planned → invited → accepted → attended → deal — with the people counts, the deal amount and
 * the fit rate: the share of invitees that match the activity's target segment (the sheets aim at ≥ 95%).
 *
 * @param fitRate matching invitees ÷ invitees, or NaN with no invitee yet
 */
public record Funnel(int planned, int invited, int accepted, int attended, int deals, int peopleInvited, int peopleAttended,
        BigDecimal dealAmount, double fitRate) {

    /** The sheets' target for the fit rate. */
    public static final double FIT_TARGET = 0.95;

    /**
     * @param inSegment whether a customer matches the activity's target segment (the saved filter), or null when the
     *                  activity has none (the fit rate is then undefined, NaN)
     */
    public static Funnel of(List<Invitee> invitees, LongPredicate inSegment) {
        int invited = 0, accepted = 0, attended = 0, deals = 0, people = 0, came = 0, fitting = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (Invitee invitee : invitees) {
            if (invitee.invited()) {
                invited++;
                if (inSegment != null && inSegment.test(invitee.customerId())) {
                    fitting++;
                }
            }
            accepted += invitee.accepted() ? 1 : 0;
            attended += invitee.attended() ? 1 : 0;
            if (invitee.closedDeal()) {
                deals++;
                amount = amount.add(invitee.dealAmount());
            }
            people += invitee.invitedCount() == null ? 0 : invitee.invitedCount();
            came += invitee.attendedCount() == null ? 0 : invitee.attendedCount();
        }
        return new Funnel(invitees.size(), invited, accepted, attended, deals, people, came, amount,
                invited == 0 || inSegment == null ? Double.NaN : fitting / (double) invited);
    }

    /** The stages in order, for a funnel chart: planned, invited, accepted, attended, deal. */
    public int[] stages() {
        return new int[] { planned, invited, accepted, attended, deals };
    }

    public boolean meetsFitTarget() {
        return !Double.isNaN(fitRate) && fitRate >= FIT_TARGET;
    }
}
