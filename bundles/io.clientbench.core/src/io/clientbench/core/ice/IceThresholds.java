package io.clientbench.core.ice;

/**
 * Where ICE priorities begin: a score at or above {@code high} is high priority, at or above {@code medium} medium, any
 * lower score low. Scores run from 1 to 125, so both thresholds lie in that range and medium stays below high (the
 * preference page and the work lists share this check).
 */
public record IceThresholds(int high, int medium) {

    /** The branches' usual split: 60 and 30. */
    public static final IceThresholds DEFAULT = new IceThresholds(60, 30);

    public IceThresholds {
        if (medium < IceScore.MIN_SCORE || high > IceScore.MAX_SCORE || medium >= high) {
            throw new IllegalArgumentException("ICE thresholds need " + IceScore.MIN_SCORE + " <= medium < high <= "
                    + IceScore.MAX_SCORE + ", not medium " + medium + " and high " + high);
        }
    }

    /** The thresholds if they are valid, else {@link #DEFAULT} (a hand-edited preference file must not break a view). */
    public static IceThresholds orDefault(int high, int medium) {
        return isValid(high, medium) ? new IceThresholds(high, medium) : DEFAULT;
    }

    public static boolean isValid(int high, int medium) {
        return medium >= IceScore.MIN_SCORE && high <= IceScore.MAX_SCORE && medium < high;
    }

    public IcePriority priorityOf(int score) {
        return score >= high ? IcePriority.HIGH : score >= medium ? IcePriority.MEDIUM : IcePriority.LOW;
    }
}
