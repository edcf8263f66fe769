package dev.deepdive.model;

import io.quarkus.qute.TemplateData;

/** One earlier exchange as the interviewer prompt shows it, rebuilt from the transcript on every call. */
@TemplateData
public record PastTurn(String question, String answer, boolean skipped) {
}
