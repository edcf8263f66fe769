package dev.deepdive.web;

/** Whether a local model is serving this interview, or the bank and embedded grader are ("bank mode"). */
public record ModelView(boolean available, String name, String mode) {
}
