package dev.deepdive.web;

/** Body of {@code POST /api/interviews/{id}/answers}. */
public record AnswerRequest(String text) {
}
