package dev.deepdive.grading.benchmark;

import dev.deepdive.grading.Grade;

/** The grader's judgement of one benchmark row beside the two baselines computed on the same row. */
record Prediction(BenchmarkRow row, Grade grade, double tfidfCosine, double embeddingCosine) {
    /** The 3-way label read off the grade alone: strong is correct, a flagged misconception is a contradiction. */
    String zeroShotLabel() {
        if (grade.verdict() == dev.deepdive.grading.Verdict.STRONG) return "correct";
        return grade.misconceptions().isEmpty() ? "incorrect" : "contradictory";
    }

    boolean contradicts() {
        return !grade.misconceptions().isEmpty();
    }
}
