package io.clientbench.core.ice;

import java.util.OptionalInt;

/**
 * ICE scoring of a need: Impact × Confidence × Ease, each rated 1 to 5, so a score runs from 1 to 125. A need that is
 * not fully rated has no score (it is not ranked as if it were the least important).
 */
public final class IceScore {

    /** The Need fields the score reads. */
    public static final String IMPACT = "impact";
    public static final String CONFIDENCE = "confidence";
    public static final String EASE = "ease";

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MIN_SCORE = MIN_RATING * MIN_RATING * MIN_RATING;
    public static final int MAX_SCORE = MAX_RATING * MAX_RATING * MAX_RATING;

    private IceScore() {
    }

    /** @throws IllegalArgumentException when a rating is outside 1–5 */
    public static int of(int impact, int confidence, int ease) {
        return rating(impact, IMPACT) * rating(confidence, CONFIDENCE) * rating(ease, EASE);
    }

    /**
     * The score of stored ratings (the store gives integers as {@code Long}); empty when one is missing or out of range
     * (the schema's 1–5 rule refuses that on input, but an older record may predate it).
     */
    public static OptionalInt of(Object impact, Object confidence, Object ease) {
        if (impact instanceof Number i && confidence instanceof Number c && ease instanceof Number e
                && inRange(i) && inRange(c) && inRange(e)) {
            return OptionalInt.of(i.intValue() * c.intValue() * e.intValue());
        }
        return OptionalInt.empty();
    }

    private static boolean inRange(Number rating) {
        return rating.longValue() >= MIN_RATING && rating.longValue() <= MAX_RATING;
    }

    private static int rating(int value, String name) {
        if (value < MIN_RATING || value > MAX_RATING) {
            throw new IllegalArgumentException(name + " must be rated " + MIN_RATING + " to " + MAX_RATING + ", not " + value);
        }
        return value;
    }
}
