package dev.deepdive.interview;

/** What a candidate's action led to: the interview after it, the turn it closed and the move the engine made. */
public record TurnResult(Interview interview, Turn closed, ZoomMove move) {
}
