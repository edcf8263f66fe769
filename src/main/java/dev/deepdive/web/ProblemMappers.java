package dev.deepdive.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.deepdive.interview.DamagedJournalException;
import dev.deepdive.interview.InterviewException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/** Turns every refusal into an RFC 9457 problem: a status, a title and a readable detail, never a stack trace. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response interview(InterviewException e) {
        return respond(problemOf(e));
    }

    /** The problem an interview refusal becomes; a stream sends it as its {@code error} event. */
    static Problem problemOf(InterviewException e) {
        return switch (e.kind()) {
            case UNKNOWN_INTERVIEW -> body(404, "interview-not-found", "Interview not found", e.getMessage(), null);
            case UNKNOWN_TOPIC -> body(400, "unknown-topic", "Unknown topic", e.getMessage(), e.field());
            case INVALID_REQUEST -> body(400, "invalid-request", "Invalid request", e.getMessage(), e.field());
            case FINISHED -> body(409, "interview-finished", "Interview finished", e.getMessage(), null);
            case NOT_ALLOWED -> body(409, "not-allowed", "Not allowed now", e.getMessage(), null);
            case ANSWER_TOO_LONG -> body(413, "answer-too-long", "Answer too long", e.getMessage(), e.field());
        };
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[")
                : null;
        String detail = field == null ? "The request body is not valid JSON." : "The field '" + field + "' has the wrong type or format.";
        return problem(400, "malformed-request", "Malformed request", detail, field);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) return unreadableJson(json);
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        return problem(status, title.toLowerCase().replace(' ', '-'), title, e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response damaged(DamagedJournalException e) {
        Log.errorf("Stored interview cannot be read: %s", e.getMessage());
        return problem(500, "transcript-damaged", "Stored interview damaged",
                "This interview's transcript on disk cannot be read back (" + e.getMessage() + "); it was left untouched.", null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        Log.error("Unexpected failure while serving a request", e);
        return problem(500, "internal-error", "Internal error", "Something went wrong on our side; the interview is unchanged.", null);
    }

    static Response problem(int status, String slug, String title, String detail, String field) {
        return respond(body(status, slug, title, detail, field));
    }

    static Problem body(int status, String slug, String title, String detail, String field) {
        return new Problem("/problems/" + slug, title, status, detail, field);
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
