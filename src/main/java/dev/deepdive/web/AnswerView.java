package dev.deepdive.web;

/** What answering (or skipping) led to: the grade (practice mode only), the move and the next question, if any. */
public record AnswerView(GradeView grade, MoveView move, QuestionView next, ProgressView progress, ModelView model) {
}
