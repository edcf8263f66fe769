package dev.deepdive.interview;

/** A request the interview cannot honour; the kind says why, so adapters can map it to the right response. */
public class InterviewException extends RuntimeException {
    /** Why a request was refused. */
    public enum Kind { UNKNOWN_INTERVIEW, UNKNOWN_TOPIC, INVALID_REQUEST, FINISHED, NOT_ALLOWED, ANSWER_TOO_LONG }

    private final Kind kind;
    private final String field;

    public InterviewException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static InterviewException unknownInterview(String id) {
        return new InterviewException(Kind.UNKNOWN_INTERVIEW, null, "No interview with id '" + id + "'.");
    }

    public static InterviewException invalid(String field, String message) {
        return new InterviewException(Kind.INVALID_REQUEST, field, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }
}
