package dev.deepdive.interview;

/** Practice shows feedback and hints as you go; real keeps every grade for the final report, as in a real interview. */
public enum Mode {
    PRACTICE, REAL;

    public String label() {
        return name().toLowerCase();
    }
}
