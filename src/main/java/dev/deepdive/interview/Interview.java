package dev.deepdive.interview;

import dev.deepdive.interview.InterviewEvent.Answered;
import dev.deepdive.interview.InterviewEvent.Asked;
import dev.deepdive.interview.InterviewEvent.Ended;
import dev.deepdive.interview.InterviewEvent.HintGiven;
import dev.deepdive.interview.InterviewEvent.Skipped;
import dev.deepdive.interview.InterviewEvent.Started;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An interview as the sum of its events: replaying the journal after a restart gives back exactly the state that was
 * acknowledged before it. Immutable; {@link #apply} returns the next state.
 */
public final class Interview {
    private final Started start;
    private final List<InterviewEvent> events;
    private final List<Turn> turns;
    private final Ended end;

    private Interview(Started start, List<InterviewEvent> events, List<Turn> turns, Ended end) {
        this.start = start;
        this.events = List.copyOf(events);
        this.turns = List.copyOf(turns);
        this.end = end;
    }

    /** Rebuilds an interview from its journal; the first event must be {@link Started}. */
    public static Interview replay(List<InterviewEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof Started started))
            throw new IllegalArgumentException("an interview journal must begin with its start");
        Interview interview = new Interview(started, List.of(started), List.of(), null);
        for (InterviewEvent e : events.subList(1, events.size())) interview = interview.apply(e);
        return interview;
    }

    public Interview apply(InterviewEvent event) {
        if (end != null) throw new IllegalStateException("interview " + id() + " has ended");
        List<InterviewEvent> nextEvents = new ArrayList<>(events);
        nextEvents.add(event);
        List<Turn> nextTurns = new ArrayList<>(turns);
        Ended nextEnd = null;
        if (event instanceof Asked asked) {
            if (current().isPresent()) throw new IllegalStateException("a question is already open");
            nextTurns.add(Turn.asked(turns.size() + 1, asked.question(), asked.move(), asked.at()));
        } else if (event instanceof Answered answered) {
            nextTurns.set(openIndex(), openTurn().answered(answered.answer(), answered.grade(), answered.at()));
        } else if (event instanceof Skipped skipped) {
            nextTurns.set(openIndex(), openTurn().skippedAt(skipped.at()));
        } else if (event instanceof HintGiven hint) {
            nextTurns.set(openIndex(), openTurn().withHint(hint.hint()));
        } else if (event instanceof Ended ended) {
            nextEnd = ended;
        } else {
            throw new IllegalArgumentException("an interview starts only once");
        }
        return new Interview(start, nextEvents, nextTurns, nextEnd);
    }

    private int openIndex() {
        if (current().isEmpty()) throw new IllegalStateException("no question is open");
        return turns.size() - 1;
    }

    private Turn openTurn() {
        return turns.get(openIndex());
    }

    public String id() {
        return start.interviewId();
    }

    public Mode mode() {
        return start.mode();
    }

    public int maxQuestions() {
        return start.maxQuestions();
    }

    public String startTopic() {
        return start.topic();
    }

    public Instant startedAt() {
        return start.at();
    }

    public List<InterviewEvent> events() {
        return events;
    }

    public List<Turn> turns() {
        return turns;
    }

    /** The turns the candidate has answered or skipped. */
    public List<Turn> closedTurns() {
        return turns.stream().filter(t -> !t.isOpen()).toList();
    }

    /** The question waiting for an answer, if any. */
    public Optional<Turn> current() {
        if (end != null || turns.isEmpty()) return Optional.empty();
        Turn last = turns.get(turns.size() - 1);
        return last.isOpen() ? Optional.of(last) : Optional.empty();
    }

    public boolean isFinished() {
        return end != null;
    }

    public Optional<Ended> end() {
        return Optional.ofNullable(end);
    }

    public Instant lastActivity() {
        return events.get(events.size() - 1).at();
    }

    /** The mean score of the answered and skipped turns (a skip counts zero), to one decimal; zero before any. */
    public double overallScore() {
        return Math.round(closedTurns().stream().mapToDouble(Turn::score).average().orElse(0) * 10) / 10.0;
    }

    /** How many questions have been put to the candidate, follow-ups included. */
    public int asked() {
        return turns.size();
    }
}
