package dev.deepdive.interview;

import dev.deepdive.grading.Grade;

import java.time.Instant;

/** What happened in an interview, in order. The journal stores these and an {@link Interview} is their sum. */
public sealed interface InterviewEvent {
    Instant at();

    record Started(Instant at, String interviewId, Mode mode, int maxQuestions, String topic) implements InterviewEvent {
    }

    record Asked(Instant at, AskedQuestion question, ZoomMove move) implements InterviewEvent {
    }

    record Answered(Instant at, String answer, Grade grade) implements InterviewEvent {
    }

    record Skipped(Instant at) implements InterviewEvent {
    }

    record HintGiven(Instant at, String hint) implements InterviewEvent {
    }

    record Ended(Instant at, ZoomMove move) implements InterviewEvent {
    }
}
