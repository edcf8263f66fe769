package dev.deepdive.web;

/** How far an interview is through its question budget. */
public record ProgressView(int asked, int max) {
}
