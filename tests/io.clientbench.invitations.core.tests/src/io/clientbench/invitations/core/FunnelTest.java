package io.clientbench.invitations.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** An activity's funnel and fit rate on a hand-made invitation list with known answers. */
class FunnelTest {

    @Test
    void theFunnelCountsEachStageAndTheFitRateComparesInviteesWithTheSegment() {
        List<Invitee> list = List.of(
                new Invitee(1, true, "ATTENDED", 3, 2, new BigDecimal("120000")),
                new Invitee(2, true, "ATTENDED", 1, 1, null),
                new Invitee(3, true, "NO_SHOW", 2, 0, null),
                new Invitee(4, true, "DECLINED", 1, null, null),
                new Invitee(5, true, "PENDING", 1, null, null),
                new Invitee(6, false, null, null, null, null), // on the list, not invited yet
                new Invitee(7, true, "ACCEPTED", 2, null, new BigDecimal("30000.50")));
        Set<Long> segment = Set.of(1L, 2L, 3L, 4L, 6L, 7L); // customer 5 does not match the target segment
        Funnel funnel = Funnel.of(list, segment::contains);
        assertArrayEquals(new int[] { 7, 6, 4, 2, 2 }, funnel.stages(), "planned, invited, accepted (incl. the no-show), attended, deal");
        assertEquals(10, funnel.peopleInvited());
        assertEquals(3, funnel.peopleAttended());
        assertEquals(new BigDecimal("150000.50"), funnel.dealAmount());
        assertEquals(5 / 6.0, funnel.fitRate(), 1e-9, "5 of the 6 invitees match");
        assertFalse(funnel.meetsFitTarget(), "83% is below the sheets' 95%");
        assertTrue(Funnel.of(list, id -> true).meetsFitTarget());
        assertTrue(Double.isNaN(Funnel.of(List.of(new Invitee(8, false, null, null, null, null)), id -> true).fitRate()),
                "no invitee yet: no rate, not 0%");
    }
}
