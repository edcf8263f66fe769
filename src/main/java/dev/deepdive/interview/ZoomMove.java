package dev.deepdive.interview;

/** One step on the map with the reason the engine took it, so the candidate can see why the interview went there. */
public record ZoomMove(MoveType type, String fromTopic, String toTopic, String reason) {
    public ZoomMove {
        if (type == null || reason == null || reason.isBlank()) throw new IllegalArgumentException("a move needs a type and a reason");
    }
}
