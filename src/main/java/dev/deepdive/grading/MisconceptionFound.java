package dev.deepdive.grading;

/** A misconception voiced in the answer, quoted. */
public record MisconceptionFound(String id, String text, String evidence) {
}
