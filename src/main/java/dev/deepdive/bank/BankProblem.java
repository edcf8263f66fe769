package dev.deepdive.bank;

/** One thing wrong with the bank, at the place it was written. */
public record BankProblem(SourceLocation where, String message) {
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
