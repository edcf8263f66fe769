package dev.deepdive.web;

/**
 * Whether a local model is serving this interview, or the bank and embedded grader are ("bank mode"); in bank mode
 * {@code reason} says why, so the page can show it.
 */
public record ModelView(boolean available, String name, String mode, String reason) {
}
