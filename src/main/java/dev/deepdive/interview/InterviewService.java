package dev.deepdive.interview;

import dev.deepdive.interview.InterviewEvent.Asked;
import dev.deepdive.interview.InterviewEvent.Ended;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs interviews for the adapters: one action at a time per interview, every resulting event journaled before the
 * caller hears of it, so an acknowledged turn survives a crash and an interview resumes after a restart.
 */
public final class InterviewService {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final InterviewEngine engine;
    private final InterviewJournal journal;
    private final Supplier<String> ids;
    private final Map<String, Interview> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public InterviewService(InterviewEngine engine, InterviewJournal journal) {
        this(engine, journal, () -> UUID.randomUUID().toString());
    }

    InterviewService(InterviewEngine engine, InterviewJournal journal, Supplier<String> ids) {
        this.engine = engine;
        this.journal = journal;
        this.ids = ids;
    }

    public Interview start(StartRequest request) {
        return start(request, TurnListener.NONE);
    }

    /** Starts an interview, telling the listener the opening question's words as they are produced. */
    public Interview start(StartRequest request, TurnListener listener) {
        String id = ids.get();
        List<InterviewEvent> events = engine.start(id, request, listener);
        synchronized (lock(id)) {
            journal.append(id, events);
            Interview interview = Interview.replay(events);
            cache.put(id, interview);
            return interview;
        }
    }

    public TurnResult answer(String id, String text) {
        return answer(id, text, TurnListener.NONE);
    }

    /** Answers the open question; the listener hears the grade and move, then the next question's words. */
    public TurnResult answer(String id, String text, TurnListener listener) {
        return act(id, interview -> engine.answer(interview, text, listener));
    }

    public TurnResult skip(String id) {
        return skip(id, TurnListener.NONE);
    }

    public TurnResult skip(String id, TurnListener listener) {
        return act(id, interview -> engine.skip(interview, listener));
    }

    /** The next hint for the open question, recorded in the transcript. */
    public Hint hint(String id) {
        synchronized (lock(id)) {
            Interview interview = get(id);
            InterviewEvent.HintGiven hint = engine.hint(interview);
            Turn turn = record(interview, List.of(hint)).current().orElseThrow();
            return new Hint(hint.hint(), turn.hints().size(), engine.hintCount(turn.question()) - turn.hints().size());
        }
    }

    public Interview end(String id) {
        synchronized (lock(id)) {
            Interview interview = get(id);
            return record(interview, engine.end(interview));
        }
    }

    public Interview get(String id) {
        return find(id).orElseThrow(() -> InterviewException.unknownInterview(id));
    }

    public Optional<Interview> find(String id) {
        if (id == null || !ID.matcher(id).matches()) return Optional.empty();
        Interview cached = cache.get(id);
        if (cached != null) return Optional.of(cached);
        List<InterviewEvent> events = journal.read(id);
        if (events.isEmpty()) return Optional.empty();
        return Optional.of(cache.computeIfAbsent(id, k -> Interview.replay(events)));
    }

    /** Every interview that can be read back, the most recently started first; a damaged one does not hide the rest. */
    public List<Interview> list() {
        return journal.ids().stream().map(this::readable).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Interview::startedAt).reversed()).toList();
    }

    private Optional<Interview> readable(String id) {
        try {
            return find(id);
        } catch (DamagedJournalException e) {
            return Optional.empty();
        }
    }

    private TurnResult act(String id, Function<Interview, List<InterviewEvent>> action) {
        synchronized (lock(id)) {
            Interview before = get(id);
            List<InterviewEvent> events = action.apply(before);
            Interview after = record(before, events);
            Turn closed = after.turns().get(before.turns().size() - 1);
            InterviewEvent last = events.get(events.size() - 1);
            ZoomMove move = last instanceof Asked asked ? asked.move() : ((Ended) last).move();
            return new TurnResult(after, closed, move);
        }
    }

    private Interview record(Interview interview, List<InterviewEvent> events) {
        journal.append(interview.id(), events);
        Interview after = interview;
        for (InterviewEvent e : events) after = after.apply(e);
        cache.put(interview.id(), after);
        return after;
    }

    private Object lock(String id) {
        return locks.computeIfAbsent(id, k -> new Object());
    }
}
