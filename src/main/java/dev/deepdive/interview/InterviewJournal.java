package dev.deepdive.interview;

import java.util.List;

/** Where interviews are kept: an append-only record of events per interview, durable once append returns. */
public interface InterviewJournal {
    void append(String interviewId, List<InterviewEvent> events);

    /**
     * The events of one interview in order; empty when there is no such interview.
     *
     * @throws DamagedJournalException when what is stored can no longer be read back
     */
    List<InterviewEvent> read(String interviewId);

    List<String> ids();
}
