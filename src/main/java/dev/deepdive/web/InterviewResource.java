package dev.deepdive.web;

import dev.deepdive.interview.Hint;
import dev.deepdive.interview.Interview;
import dev.deepdive.interview.InterviewException;
import dev.deepdive.interview.InterviewService;
import dev.deepdive.interview.Mode;
import dev.deepdive.interview.StartRequest;
import dev.deepdive.transcript.MarkdownTranscript;
import dev.deepdive.transcript.Report;
import dev.deepdive.transcript.ReportWriter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The interview over REST: start, answer, hint, skip, end, and read back the report and transcript. */
@Path("/api/interviews")
@Produces(MediaType.APPLICATION_JSON)
public class InterviewResource {
    public static final String MARKDOWN = "text/markdown";

    private final InterviewService interviews;
    private final InterviewViews views;
    private final ReportWriter reports;
    private final MarkdownTranscript markdown;

    public InterviewResource(InterviewService interviews, InterviewViews views, ReportWriter reports, MarkdownTranscript markdown) {
        this.interviews = interviews;
        this.views = views;
        this.reports = reports;
        this.markdown = markdown;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(StartInterviewRequest request, @Context UriInfo uri) {
        StartInterviewRequest r = request == null ? new StartInterviewRequest(null, null, null) : request;
        Interview interview = interviews.start(new StartRequest(Optional.ofNullable(r.topic()), Optional.ofNullable(r.maxQuestions()), mode(r.mode())));
        return Response.created(uri.getAbsolutePathBuilder().path(interview.id()).build()).entity(views.interview(interview)).build();
    }

    /** The same start, streamed: the opening question's words as {@code token} events, then {@code done}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> startStreaming(StartInterviewRequest request, @Context Sse sse) {
        StartInterviewRequest r = request == null ? new StartInterviewRequest(null, null, null) : request;
        Mode mode = mode(r.mode());
        StartRequest start = new StartRequest(Optional.ofNullable(r.topic()), Optional.ofNullable(r.maxQuestions()), mode);
        return stream(sse, mode, false, events -> views.interview(interviews.start(start, events)));
    }

    @GET
    public List<InterviewSummary> list() {
        return interviews.list().stream().map(views::summary).toList();
    }

    @GET
    @Path("{id}")
    public InterviewView get(@PathParam("id") String id) {
        return views.interview(interviews.get(id));
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public AnswerView answer(@PathParam("id") String id, AnswerRequest request) {
        interviews.get(id);
        return views.answer(interviews.answer(id, text(request)));
    }

    /** The same answer, streamed: {@code grade}, the next question's {@code token}s, {@code next}, {@code done}. */
    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> answerStreaming(@PathParam("id") String id, AnswerRequest request, @Context Sse sse) {
        Interview interview = interviews.get(id);
        String text = text(request);
        return stream(sse, interview.mode(), true, events -> views.answer(interviews.answer(id, text, events)));
    }

    private static String text(AnswerRequest request) {
        if (request == null || request.text() == null) throw InterviewException.invalid("text", "The answer needs a 'text' field.");
        return request.text();
    }

    @POST
    @Path("{id}/hint")
    public HintView hint(@PathParam("id") String id) {
        Hint hint = interviews.hint(id);
        return new HintView(hint.text(), hint.used(), hint.remaining());
    }

    @POST
    @Path("{id}/skip")
    public AnswerView skip(@PathParam("id") String id) {
        return views.answer(interviews.skip(id));
    }

    @POST
    @Path("{id}/skip")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> skipStreaming(@PathParam("id") String id, @Context Sse sse) {
        return stream(sse, interviews.get(id).mode(), true, events -> views.answer(interviews.skip(id, events)));
    }

    @POST
    @Path("{id}/end")
    public InterviewView end(@PathParam("id") String id) {
        return views.interview(interviews.end(id));
    }

    @GET
    @Path("{id}/report")
    public Report report(@PathParam("id") String id) {
        Interview interview = interviews.get(id);
        if (InterviewViews.gradesHidden(interview))
            throw new InterviewException(InterviewException.Kind.NOT_ALLOWED, null,
                    "In real mode the report is ready when the interview ends (POST /api/interviews/" + id + "/end).");
        return reports.write(interview);
    }

    @GET
    @Path("{id}/transcript")
    public Response transcript(@PathParam("id") String id, @QueryParam("format") String format) {
        return format == null ? Response.ok(transcriptView(interviews.get(id))).build() : download(id, format);
    }

    @GET
    @Path("{id}/transcript")
    @Produces(MARKDOWN + ";charset=UTF-8")
    public Response transcriptMarkdown(@PathParam("id") String id, @QueryParam("format") String format) {
        return format == null ? Response.ok(markdownOf(interviews.get(id))).build() : download(id, format);
    }

    /** {@code ?format=markdown|json}: the transcript as a file to save, for links that cannot set an Accept header. */
    private Response download(String id, String format) {
        Interview interview = interviews.get(id);
        String f = format.strip().toLowerCase(java.util.Locale.ROOT);
        if (f.equals("markdown") || f.equals("md"))
            return attachment(Response.ok(markdownOf(interview), MARKDOWN + ";charset=UTF-8"), id + ".md");
        if (f.equals("json"))
            return attachment(Response.ok(transcriptView(interview), MediaType.APPLICATION_JSON), id + ".json");
        throw InterviewException.invalid("format", "format must be 'markdown' or 'json', not '" + format + "'.");
    }

    private static Response attachment(Response.ResponseBuilder response, String name) {
        return response.header("Content-Disposition", "attachment; filename=\"deepdive-" + name + "\"").build();
    }

    private TranscriptView transcriptView(Interview interview) {
        return new TranscriptView(views.interview(interview), InterviewViews.gradesHidden(interview) ? null : reports.write(interview));
    }

    private String markdownOf(Interview interview) {
        return markdown.render(interview, !InterviewViews.gradesHidden(interview));
    }

    /** Runs a turn on a worker thread, its events streamed as they happen; refusals found before it starts stay problems. */
    private Multi<OutboundSseEvent> stream(Sse sse, Mode mode, boolean withNext, Function<TurnEvents, Object> turn) {
        return Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            TurnEvents events = new TurnEvents(sse, emitter, views, mode);
            events.finish(() -> turn.apply(events), withNext);
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    static Mode mode(String mode) {
        if (mode == null) return Mode.PRACTICE;
        for (Mode m : Mode.values()) if (m.label().equalsIgnoreCase(mode.strip())) return m;
        throw InterviewException.invalid("mode", "mode must be 'practice' or 'real', not '" + mode + "'.");
    }
}
