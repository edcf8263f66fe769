package dev.deepdive.web;

/** A hint for the open question, and how many remain. */
public record HintView(String hint, int used, int remaining) {
}
