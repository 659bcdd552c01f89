package io.clientbench.invitations.core;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Sheet 4's invitation fields as the store keeps them (an {@code Invitation} record owned by its {@code Activity}), read
 * into the funnel's {@link Invitee}.
 */
public final class Invitations {

    /** The entities and the invitation's fields by name. */
    public static final String ACTIVITY = "Activity", INVITATION = "Invitation";
    public static final String CUSTOMER = "customer", CONTACT = "contact", INVITED = "invited", METHOD = "method",
            PLANNED = "plannedTime", RESULT = "result", INVITED_COUNT = "invitedCount", ATTENDED_COUNT = "attendedCount",
            DEAL_AMOUNT = "dealAmount", REACTION = "reaction", STAGE = "stage", REVISIT = "revisitResult";
    /** The activity's target segment (a saved navigator filter). */
    public static final String SEGMENT = "targetSegment";

    private Invitations() {
    }

    /** An invitation's values (as stored) as a funnel line; an invitation without a customer counts as id -1. */
    public static Invitee invitee(Map<String, Object> values) {
        Object customer = values.get(CUSTOMER);
        return new Invitee(customer instanceof Number n ? n.longValue() : -1, Boolean.TRUE.equals(values.get(INVITED)),
                (String) values.get(RESULT), count(values.get(INVITED_COUNT)), count(values.get(ATTENDED_COUNT)),
                (BigDecimal) values.get(DEAL_AMOUNT));
    }

    private static Integer count(Object value) {
        return value instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    }
}
