package dev.deepdive.grading;

/** What produced a grade, so a fallback is never presented as a model's judgement. */
public enum GradedBy {
    EMBEDDED, MODEL;

    public String label() {
        return name().toLowerCase();
    }
}
