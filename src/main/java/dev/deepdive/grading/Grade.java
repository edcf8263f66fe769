package dev.deepdive.grading;

import java.util.List;

/** The judgement of one answer: a 0-5 score, its band, the evidence behind it and what produced it. */
public record Grade(double score, Verdict verdict, List<KeyPointResult> keyPoints,
                    List<MisconceptionFound> misconceptions, String feedback, GradedBy gradedBy) {
    public static final double MAX = 5.0;

    public Grade {
        if (score < 0 || score > MAX || Double.isNaN(score)) throw new IllegalArgumentException("score out of 0-5: " + score);
        keyPoints = List.copyOf(keyPoints);
        misconceptions = List.copyOf(misconceptions);
        if (verdict == null || gradedBy == null) throw new IllegalArgumentException("verdict and gradedBy are required");
    }

    public List<KeyPointResult> missed() {
        return keyPoints.stream().filter(k -> !k.covered()).toList();
    }
}
