package dev.deepdive.web;

import java.util.List;

/** A grade with its evidence, and which grader produced it. */
public record GradeView(double score, String verdict, List<KeyPointView> keyPoints, List<MisconceptionView> misconceptions,
                        String feedback, String gradedBy) {
    /** One key point of the rubric, with the candidate's own sentence when covered. */
    public record KeyPointView(String id, String text, boolean covered, String evidence) {
    }

    /** A misconception the answer voiced, with the sentence that voiced it. */
    public record MisconceptionView(String id, String text, String evidence) {
    }
}
