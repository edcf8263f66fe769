package dev.deepdive.interview;

import dev.deepdive.grading.Grade;

import java.time.Instant;
import java.util.List;

/** One exchange: the question asked, how the engine got there, and the candidate's answer with its grade. */
public record Turn(int number, AskedQuestion question, ZoomMove move, Instant askedAt, String answer, Grade grade,
                   boolean skipped, List<String> hints, Instant answeredAt) {
    public Turn {
        hints = List.copyOf(hints);
    }

    static Turn asked(int number, AskedQuestion question, ZoomMove move, Instant at) {
        return new Turn(number, question, move, at, null, null, false, List.of(), null);
    }

    Turn answered(String text, Grade g, Instant at) {
        return new Turn(number, question, move, askedAt, text, g, false, hints, at);
    }

    Turn skippedAt(Instant at) {
        return new Turn(number, question, move, askedAt, null, null, true, hints, at);
    }

    Turn withHint(String hint) {
        List<String> more = new java.util.ArrayList<>(hints);
        more.add(hint);
        return new Turn(number, question, move, askedAt, answer, grade, skipped, more, answeredAt);
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    /** The score this turn counts for: a skipped question counts as zero. */
    public double score() {
        return grade == null ? 0 : grade.score();
    }
}
