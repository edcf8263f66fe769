package dev.deepdive.bank;

/** A bank entry together with the place it was read from. */
public record Located<T>(T value, SourceLocation where) {
}
