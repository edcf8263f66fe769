package dev.deepdive.web;

import java.time.Instant;
import java.util.List;

/** A line of the interview history; the score is absent while a real-mode interview is running. */
public record InterviewSummary(String id, String mode, String status, Instant startedAt, String topic, ProgressView progress,
                               Double score, List<String> topics) {
}
