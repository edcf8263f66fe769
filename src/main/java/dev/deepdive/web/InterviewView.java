package dev.deepdive.web;

import java.time.Instant;
import java.util.List;

/** An interview as the API shows it: where it stands, the open question and the turns so far. */
public record InterviewView(String id, String mode, String status, Instant startedAt, Instant endedAt, String topic,
                            ModelView model, QuestionView question, ProgressView progress, boolean gradesHidden,
                            List<TurnView> turns) {
}
