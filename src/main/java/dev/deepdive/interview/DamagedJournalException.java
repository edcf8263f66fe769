package dev.deepdive.interview;

/** A stored interview that can no longer be read back; it is reported, never silently rewritten. */
public class DamagedJournalException extends RuntimeException {
    public DamagedJournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
