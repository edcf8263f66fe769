package dev.deepdive.web;

/** The step the engine took on the map, and why. */
public record MoveView(String type, String from, String to, String reason) {
}
