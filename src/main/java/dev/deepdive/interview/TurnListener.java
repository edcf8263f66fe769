package dev.deepdive.interview;

/**
 * Hears of a turn while the engine works on it, so an adapter can stream it: first the closed turn with its grade
 * and the move the engine chose, then the next question's words as they are produced.
 */
public interface TurnListener {
    /** Called once the answer is graded and the next move chosen, before the next question is worded. */
    void decided(Turn closed, ZoomMove move);

    void token(String text);

    TurnListener NONE = new TurnListener() {
        @Override
        public void decided(Turn closed, ZoomMove move) {
        }

        @Override
        public void token(String text) {
        }
    };
}
