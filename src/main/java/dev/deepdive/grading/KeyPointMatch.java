package dev.deepdive.grading;

import dev.deepdive.bank.KeyPoint;

/** How well an answer covers one key point: a credit from 0 to 1 and the sentence that earned it. */
record KeyPointMatch(KeyPoint keyPoint, double credit, String evidence) {
    static final double COVERED_FROM = 0.45;

    boolean covered() {
        return credit >= COVERED_FROM;
    }

    KeyPointResult result() {
        return new KeyPointResult(keyPoint.id(), keyPoint.text(), keyPoint.weight(), covered(), covered() ? evidence : null);
    }
}
