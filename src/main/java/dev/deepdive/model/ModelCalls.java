package dev.deepdive.model;

import dev.deepdive.config.DeepdiveConfig;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Every call to the model goes through one guard: a timeout, and a circuit breaker that, after a failure, keeps the
 * interviews in bank mode for {@code deepdive.model.retry-after} before trying the model again. Remembers why the last
 * call failed, so bank mode can say why.
 */
@ApplicationScoped
public class ModelCalls {
    static final String BREAKER = "ollama";
    /** A spoken question is a few sentences; a reply longer than this is the model rambling. */
    static final int MAX_QUESTION_CHARS = 800;

    private final InterviewerAssistant interviewer;
    private final FollowUpAssistant followUps;
    private final JudgeAssistant judge;
    private final Duration timeout;
    private final Guard guard;
    private final CircuitBreakerMaintenance breakers;
    private volatile String lastFailure = "no call has failed";

    ModelCalls(InterviewerAssistant interviewer, FollowUpAssistant followUps, JudgeAssistant judge, DeepdiveConfig config,
               CircuitBreakerMaintenance breakers) {
        this.breakers = breakers;
        this.interviewer = interviewer;
        this.followUps = followUps;
        this.judge = judge;
        this.timeout = config.model().timeout();
        this.guard = Guard.create().withDescription("Ollama")
                .withTimeout().duration(timeout.toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker().name(BREAKER).requestVolumeThreshold(2).failureRatio(0.5).successThreshold(1)
                .delay(config.model().retryAfter().toMillis(), ChronoUnit.MILLIS).onStateChange(this::changed).done()
                .build();
    }

    String interviewer(boolean realMode, String topic, String move, List<PastTurn> recent, String question, Consumer<String> tokens) {
        return guarded(() -> stream(interviewer.ask(realMode, topic, move, recent, question), tokens), String.class);
    }

    String followUp(boolean realMode, String topic, String question, String answer, String followUp, Consumer<String> tokens) {
        return guarded(() -> stream(followUps.probe(realMode, topic, question, answer, followUp), tokens), String.class);
    }

    Checklist judge(String question, List<RubricLine> keyPoints, List<RubricLine> misconceptions, String answer) {
        return guarded(() -> judge.judge(question, keyPoints, misconceptions, answer), Checklist.class);
    }

    /** True while the breaker keeps the model out after a failure. */
    boolean open() {
        return breakers.currentState(BREAKER) == CircuitBreakerState.OPEN;
    }

    String lastFailure() {
        return lastFailure;
    }

    private <T> T guarded(Callable<T> call, Class<T> type) {
        try {
            return guard.call(call, type);
        } catch (Exception e) {
            lastFailure = describe(e);
            Log.warnf("Model call failed: %s", lastFailure);
            throw new ModelUnavailableException(lastFailure, e);
        }
    }

    private String stream(Multi<String> tokens, Consumer<String> sink) {
        StringBuilder text = new StringBuilder();
        tokens.onItem().invoke(token -> {
            text.append(token);
            if (text.length() > MAX_QUESTION_CHARS) throw new UnusableReplyException("the reply ran past " + MAX_QUESTION_CHARS + " characters");
            sink.accept(token);
        }).collect().last().await().atMost(timeout);
        return text.toString();
    }

    private void changed(CircuitBreakerState state) {
        Log.infof("Model circuit %s", state.name().toLowerCase().replace('_', '-'));
    }

    private String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (e instanceof CircuitBreakerOpenException) return lastFailure;
        if (e instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException || root instanceof TimeoutException
                || root.getClass().getSimpleName().contains("Timeout"))
            return "the model did not answer within " + timeout.toSeconds() + " s";
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
