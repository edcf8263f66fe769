package dev.deepdive.model;

import dev.deepdive.bank.QuestionBank;
import dev.deepdive.bank.Topic;
import dev.deepdive.interview.AskedQuestion;
import dev.deepdive.interview.Interview;
import dev.deepdive.interview.Mode;
import dev.deepdive.interview.QuestionWording;
import dev.deepdive.interview.Turn;
import dev.deepdive.interview.WordedBy;
import dev.deepdive.interview.ZoomMove;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The model puts the engine's chosen question into words: the interviewer for a new question, the follow-up
 * assistant for a probe. The prompt is rebuilt from the interview's own turns on every call (no hidden chat memory),
 * so it is the same after a restart. Falls back to the bank's words whenever the model is out or replies with
 * something that is not a question, and then says so ({@link WordedBy#BANK}).
 */
@ApplicationScoped
public class ModelWording implements QuestionWording {
    /** Earlier turns the interviewer sees; more would crowd a small model's context. */
    static final int RECENT_TURNS = 2;
    static final int MAX_ANSWER_CHARS = 1500;

    private final ModelStatus status;
    private final ModelCalls calls;
    private final QuestionBank bank;

    ModelWording(ModelStatus status, ModelCalls calls, QuestionBank bank) {
        this.status = status;
        this.calls = calls;
        this.bank = bank;
    }

    @Override
    public AskedQuestion word(Interview interview, AskedQuestion question, ZoomMove move, Consumer<String> tokens) {
        if (!status.worthTrying()) return BANK.word(interview, question, move, tokens);
        AtomicBoolean streamed = new AtomicBoolean();
        Consumer<String> sink = token -> {
            streamed.set(true);
            tokens.accept(token);
        };
        try {
            String text = spoken(ask(interview, question, move, sink));
            return question.wordedAs(text, WordedBy.MODEL);
        } catch (ModelUnavailableException | UnusableReplyException e) {
            Log.infof("Interview %s: the bank words the question (%s)", interview.id(), e.getMessage());
            if (!streamed.get()) tokens.accept(question.text());
            return question;
        }
    }

    private String ask(Interview interview, AskedQuestion question, ZoomMove move, Consumer<String> sink) {
        boolean real = interview.mode() == Mode.REAL;
        String topic = bank.topic(question.topicId()).map(Topic::title).orElse(question.topicId());
        List<Turn> closed = interview.closedTurns();
        if (question.isFollowUp() && !closed.isEmpty() && closed.get(closed.size() - 1).answer() != null) {
            Turn last = closed.get(closed.size() - 1);
            return calls.followUp(real, topic, last.question().text(), Delimiters.neutralised(clip(last.answer())), question.text(), sink);
        }
        List<PastTurn> recent = closed.subList(Math.max(0, closed.size() - RECENT_TURNS), closed.size()).stream()
                .map(t -> new PastTurn(t.question().text(), t.answer() == null ? null : Delimiters.neutralised(clip(t.answer())), t.skipped())).toList();
        return calls.interviewer(real, topic, move.type().label(), recent, question.text(), sink);
    }

    /** The reply as the candidate will read it: trimmed, and it must actually ask something. */
    private static String spoken(String reply) {
        String text = reply.strip();
        if (text.isEmpty() || !text.contains("?")) throw new UnusableReplyException("the reply asks no question");
        return text;
    }

    private static String clip(String answer) {
        return answer.length() <= MAX_ANSWER_CHARS ? answer : answer.substring(0, MAX_ANSWER_CHARS) + " […]";
    }
}
