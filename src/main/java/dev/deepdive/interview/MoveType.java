package dev.deepdive.interview;

/** The direction the conversation takes on the map after an answer. */
public enum MoveType {
    OPEN, ZOOM_IN, ZOOM_OUT, FOLLOW_UP, LATERAL, END;

    public String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
