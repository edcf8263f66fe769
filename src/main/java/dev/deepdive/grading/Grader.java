package dev.deepdive.grading;

/** Judges one answer against a rubric. Implementations are deterministic for the same input. */
public interface Grader {
    Grade grade(Rubric rubric, String answer);
}
