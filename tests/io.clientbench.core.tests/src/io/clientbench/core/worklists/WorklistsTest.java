package io.clientbench.core.worklists;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import io.clientbench.core.ice.IcePriority;
import io.clientbench.core.ice.IceThresholds;

/** The follow-ups due and the requirement pool over hand-made scan rows of three customers. */
class WorklistsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static CustomerNames names() {
        CustomerNames names = new CustomerNames();
        names.add(1, 1, new Object[] { "成都建工集团" });
        names.add(2, 3, new Object[] { "重庆交通建设" });
        names.add(3, 1, new Object[] { null });
        return names;
    }

    private static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2026, month, day, 10, 0);
    }

    @Test
    void eachCustomersLatestFollowUpGivesTheDueStepEarliestFirstOverdueBeforeToday() {
        FollowUpsDue due = new FollowUpsDue();
        // customer 1: the March follow-up replaces the February plan (reported done by recording the newer one)
        due.add(100, 1, new Object[] { at(2, 1), "Send the quote", LocalDate.of(2026, 2, 15), 1L });
        due.add(101, 1, new Object[] { at(3, 2), "Demo at their office", LocalDate.of(2026, 3, 20), 1L });
        // customer 2: one plan, overdue; customer 3 (no name): due today, which is not overdue
        due.add(200, 1, new Object[] { at(1, 5), "Call the purchasing head", LocalDate.of(2026, 3, 1), 2L });
        due.add(300, 1, new Object[] { at(3, 9), null, TODAY, 3L });
        // a customer whose latest follow-up has no next step has nothing due, even with an older plan
        due.add(400, 1, new Object[] { at(1, 1), "Old plan", LocalDate.of(2026, 1, 9), 4L });
        due.add(401, 1, new Object[] { at(2, 1), "", null, 4L });

        List<FollowUpsDue.Entry> entries = due.entries(names(), TODAY);
        assertEquals(List.of(
                new FollowUpsDue.Entry(200, 2, "重庆交通建设", LocalDate.of(2026, 3, 1), "Call the purchasing head", true),
                new FollowUpsDue.Entry(300, 3, "", TODAY, "", false),
                new FollowUpsDue.Entry(101, 1, "成都建工集团", LocalDate.of(2026, 3, 20), "Demo at their office", false)), entries);
    }

    @Test
    void twoFollowUpsAtTheSameTimeCountTheOneRecordedLast() {
        FollowUpsDue due = new FollowUpsDue();
        due.add(501, 1, new Object[] { at(3, 1), "second", LocalDate.of(2026, 3, 5), 1L });
        due.add(500, 1, new Object[] { at(3, 1), "first", LocalDate.of(2026, 3, 4), 1L });
        assertEquals(List.of("second"), due.entries(names(), TODAY).stream().map(FollowUpsDue.Entry::nextStep).toList());
    }

    @Test
    void thePoolRanksNeedsByScoreWithPriorityAndStatusUnratedLast() {
        RequirementPool pool = new RequirementPool();
        pool.add(10, 1, new Object[] { "Cloud licences", 5L, 4L, 3L, "NEW", 1L }); // 60
        pool.add(11, 1, new Object[] { "Training", 2L, 3L, 4L, "POOL", 2L }); // 24
        pool.add(12, 1, new Object[] { "BIM module", 4L, 4L, 2L, null, 2L }); // 32
        pool.add(13, 1, new Object[] { "Not rated yet", 5L, null, 5L, "NEW", 1L });
        pool.add(14, 1, new Object[] { "Same score, other customer", 2L, 4L, 3L, "DONE", 1L }); // 24

        List<RequirementPool.Entry> entries = pool.entries(names(), IceThresholds.DEFAULT);
        assertEquals(List.of(10L, 12L, 14L, 11L, 13L), entries.stream().map(RequirementPool.Entry::needId).toList(),
                "by score; equal scores by customer name (成 before 重 in code-point order), unrated last");
        assertEquals(new RequirementPool.Entry(10, 1, "成都建工集团", "Cloud licences", OptionalInt.of(60), IcePriority.HIGH, "NEW"), entries.get(0));
        assertEquals(IcePriority.MEDIUM, entries.get(1).priority());
        assertEquals(IcePriority.LOW, entries.get(2).priority());
        assertEquals("DONE", entries.get(2).status());
        assertEquals(OptionalInt.empty(), entries.get(4).score());
        assertEquals(null, entries.get(4).priority());

        // the user's thresholds decide the priority, not the order
        List<RequirementPool.Entry> strict = pool.entries(names(), new IceThresholds(100, 30));
        assertEquals(IcePriority.MEDIUM, strict.get(0).priority());
        assertEquals(IcePriority.MEDIUM, strict.get(1).priority());
    }
}
