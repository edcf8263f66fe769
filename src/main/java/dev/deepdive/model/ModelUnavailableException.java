package dev.deepdive.model;

/** A model call failed, timed out or was refused by the circuit breaker; the caller falls back to the bank. */
final class ModelUnavailableException extends RuntimeException {
    ModelUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
