package dev.deepdive.grading.benchmark;

import java.util.Optional;

/** One human-graded answer: what was asked, the reference, the student's answer and the gold score or label. */
record BenchmarkRow(String questionId, String question, String referenceAnswer, String studentAnswer,
                    Optional<Double> goldScore, Optional<String> goldLabel) {
}
