package dev.deepdive.grading;

/** Whether one key point was covered, with the candidate's own sentence as evidence when it was. */
public record KeyPointResult(String id, String text, double weight, boolean covered, String evidence) {
    public KeyPointResult {
        if (covered && (evidence == null || evidence.isBlank()))
            throw new IllegalArgumentException("a covered key point needs evidence from the answer");
        if (!covered) evidence = null;
    }
}
