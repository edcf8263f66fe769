package dev.deepdive.interview;

/** A nudge for the open question, and how many more the bank holds for it. */
public record Hint(String text, int used, int remaining) {
}
