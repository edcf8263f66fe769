package dev.deepdive.interview;

/** Who put a question into words: the bank's own text, or the local model rephrasing it. */
public enum WordedBy {
    BANK, MODEL;

    public String label() {
        return name().toLowerCase();
    }
}
