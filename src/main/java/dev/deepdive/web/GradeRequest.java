package dev.deepdive.web;

import java.util.List;

/** Body of {@code POST /api/grade}: any question, graded like a bank question; key points come from the reference when absent. */
public record GradeRequest(String question, String referenceAnswer, List<String> keyPoints, String answer) {
}
