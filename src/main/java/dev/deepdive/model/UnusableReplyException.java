package dev.deepdive.model;

/** The model replied, but not with something usable (no checklist, a rambling question); the bank's version stands. */
final class UnusableReplyException extends RuntimeException {
    UnusableReplyException(String message) {
        super(message);
    }
}
