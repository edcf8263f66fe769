package dev.deepdive.grading;

import dev.deepdive.bank.KeyPoint;
import dev.deepdive.bank.Misconception;

import java.util.List;

/** Everything an answer is judged against: the question as asked, the reference answer and its checklist. */
public record Rubric(String question, String referenceAnswer, List<KeyPoint> keyPoints, List<Misconception> misconceptions) {
    public Rubric {
        if (question == null || question.isBlank()) throw new IllegalArgumentException("question must not be blank");
        if (referenceAnswer == null || referenceAnswer.isBlank()) throw new IllegalArgumentException("reference answer must not be blank");
        keyPoints = List.copyOf(keyPoints);
        misconceptions = List.copyOf(misconceptions);
        if (keyPoints.isEmpty()) throw new IllegalArgumentException("a rubric needs at least one key point");
    }

    public double totalWeight() {
        return keyPoints.stream().mapToDouble(KeyPoint::weight).sum();
    }
}
