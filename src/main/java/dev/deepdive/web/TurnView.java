package dev.deepdive.web;

import java.time.Instant;
import java.util.List;

/** One exchange of the interview; the grade is absent while a real-mode interview is running. */
public record TurnView(int number, QuestionView question, MoveView move, Instant askedAt, String answer, boolean skipped,
                       List<String> hints, Instant answeredAt, GradeView grade) {
}
