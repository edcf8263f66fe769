package dev.deepdive.interview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A journal in memory, for engine and service tests. */
public final class InMemoryJournal implements InterviewJournal {
    private final Map<String, List<InterviewEvent>> events = new LinkedHashMap<>();

    @Override
    public synchronized void append(String interviewId, List<InterviewEvent> more) {
        events.computeIfAbsent(interviewId, k -> new ArrayList<>()).addAll(more);
    }

    @Override
    public synchronized List<InterviewEvent> read(String interviewId) {
        return List.copyOf(events.getOrDefault(interviewId, List.of()));
    }

    @Override
    public synchronized List<String> ids() {
        return List.copyOf(events.keySet());
    }
}
