package dev.deepdive.bank;

/** Where in the bank's files something was written, so a curator can jump straight to a problem. */
public record SourceLocation(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
