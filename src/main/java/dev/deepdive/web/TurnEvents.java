package dev.deepdive.web;

import dev.deepdive.interview.InterviewException;
import dev.deepdive.interview.Mode;
import dev.deepdive.interview.Turn;
import dev.deepdive.interview.TurnListener;
import dev.deepdive.interview.ZoomMove;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.util.function.Supplier;

/**
 * One streamed turn over server-sent events: {@code grade} (answers and skips), {@code token}s as the next question is
 * worded, {@code next}, then {@code done} with the same body the JSON endpoint returns, or {@code error} with a problem.
 * The events of one turn are journaled before {@code done} is sent.
 */
final class TurnEvents implements TurnListener {
    private final Sse sse;
    private final MultiEmitter<? super OutboundSseEvent> sink;
    private final InterviewViews views;
    private final boolean gradesHidden;

    TurnEvents(Sse sse, MultiEmitter<? super OutboundSseEvent> sink, InterviewViews views, Mode mode) {
        this.sse = sse;
        this.sink = sink;
        this.views = views;
        this.gradesHidden = mode == Mode.REAL;
    }

    /** The grade event's body: the grade (null in real mode or on a skip) and the move it led to. */
    record GradeEvent(GradeView grade, MoveView move) {
    }

    /** A piece of the next question's words. */
    record TokenEvent(String text) {
    }

    @Override
    public void decided(Turn closed, ZoomMove move) {
        send("grade", new GradeEvent(gradesHidden || closed.grade() == null ? null : views.grade(closed.grade()), InterviewViews.move(move)));
    }

    @Override
    public void token(String text) {
        send("token", new TokenEvent(text));
    }

    /** Runs the action, then sends {@code next} (answers only) and {@code done}; a refusal becomes an {@code error} event. */
    void finish(Supplier<Object> action, boolean withNext) {
        try {
            Object done = action.get();
            if (withNext) {
                QuestionView next = ((AnswerView) done).next();
                if (next == null) sink.emit(sse.newEventBuilder().name("next").mediaType(MediaType.TEXT_PLAIN_TYPE).data("null").build());
                else send("next", next);
            }
            send("done", done);
        } catch (InterviewException e) {
            send("error", ProblemMappers.problemOf(e));
        } catch (RuntimeException e) {
            Log.error("Unexpected failure while streaming a turn", e);
            send("error", ProblemMappers.body(500, "internal-error", "Internal error", "Something went wrong on our side.", null));
        } finally {
            sink.complete();
        }
    }

    private void send(String name, Object data) {
        sink.emit(sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(data).build());
    }
}
