package io.clientbench.core.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** ICE scores, their priorities under default and custom thresholds, and the priorities' labels. */
class IceScoreTest {

    @Test
    void theScoreIsTheProductOfThreeRatingsFromOneToFive() {
        assertEquals(1, IceScore.of(1, 1, 1));
        assertEquals(60, IceScore.of(5, 4, 3));
        assertEquals(125, IceScore.of(5, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> IceScore.of(0, 3, 3));
        assertThrows(IllegalArgumentException.class, () -> IceScore.of(3, 6, 3));
        // stored ratings are Longs; a missing or out-of-range one leaves the need unscored
        assertEquals(OptionalInt.of(36), IceScore.of(4L, 3L, 3L));
        assertEquals(OptionalInt.empty(), IceScore.of(4L, null, 3L));
        assertEquals(OptionalInt.empty(), IceScore.of(4L, 9L, 3L));
    }

    @Test
    void priorityIsHighFromTheHighThresholdMediumFromTheMediumOneElseLow() {
        IceThresholds defaults = IceThresholds.DEFAULT;
        assertEquals(60, defaults.high());
        assertEquals(30, defaults.medium());
        assertEquals(IcePriority.HIGH, defaults.priorityOf(60));
        assertEquals(IcePriority.HIGH, defaults.priorityOf(125));
        assertEquals(IcePriority.MEDIUM, defaults.priorityOf(59));
        assertEquals(IcePriority.MEDIUM, defaults.priorityOf(30));
        assertEquals(IcePriority.LOW, defaults.priorityOf(29));
        assertEquals(IcePriority.LOW, defaults.priorityOf(1));

        IceThresholds strict = new IceThresholds(100, 48);
        assertEquals(IcePriority.MEDIUM, strict.priorityOf(IceScore.of(5, 4, 3)));
        assertEquals(IcePriority.HIGH, strict.priorityOf(IceScore.of(5, 5, 4)));
        assertEquals(IcePriority.LOW, strict.priorityOf(IceScore.of(4, 3, 3)));
    }

    @Test
    void mediumMustStayBelowHighWithinTheScoreRange() {
        assertThrows(IllegalArgumentException.class, () -> new IceThresholds(30, 30));
        assertThrows(IllegalArgumentException.class, () -> new IceThresholds(30, 60));
        assertThrows(IllegalArgumentException.class, () -> new IceThresholds(126, 30));
        assertThrows(IllegalArgumentException.class, () -> new IceThresholds(60, 0));
        assertTrue(IceThresholds.isValid(125, 1));
        assertEquals(IceThresholds.DEFAULT, IceThresholds.orDefault(20, 40), "an invalid preference falls back");
        assertEquals(new IceThresholds(80, 40), IceThresholds.orDefault(80, 40));
    }

    @Test
    void prioritiesReadInChineseAndEnglish() {
        assertEquals("高", IcePriority.HIGH.label(Locale.CHINA));
        assertEquals("中", IcePriority.MEDIUM.label(Locale.SIMPLIFIED_CHINESE));
        assertEquals("低", IcePriority.LOW.label(Locale.CHINESE));
        assertEquals("High", IcePriority.HIGH.label(Locale.ENGLISH));
        assertEquals("Medium", IcePriority.MEDIUM.label(Locale.US));
        assertEquals("Low", IcePriority.LOW.label(Locale.GERMAN), "other languages read English");
    }
}
