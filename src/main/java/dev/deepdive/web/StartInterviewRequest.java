package dev.deepdive.web;

/** Body of {@code POST /api/interviews}; every field is optional. */
public record StartInterviewRequest(String topic, Integer maxQuestions, String mode) {
}
