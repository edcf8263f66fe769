package dev.deepdive.grading;

/** The band a score falls in; the interview engine steers by it. */
public enum Verdict {
    STRONG, PARTIAL, WEAK, NO_ANSWER;

    public static final double STRONG_FROM = 3.5;
    public static final double PARTIAL_FROM = 1.5;

    /** The band of a score given to an actual attempt (a non-answer is {@link #NO_ANSWER} whatever its score). */
    public static Verdict of(double score) {
        if (score >= STRONG_FROM) return STRONG;
        if (score >= PARTIAL_FROM) return PARTIAL;
        return WEAK;
    }

    public String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
