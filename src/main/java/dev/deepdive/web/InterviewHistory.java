package dev.deepdive.web;

import dev.deepdive.interview.Interview;
import dev.deepdive.interview.InterviewService;
import dev.deepdive.transcript.ReportWriter;
import dev.deepdive.transcript.TopicTrends;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Past interviews and the per-topic trends across them, from every report a candidate may already see. */
@ApplicationScoped
public class InterviewHistory {
    private final InterviewService interviews;
    private final ReportWriter reports;

    public InterviewHistory(InterviewService interviews, ReportWriter reports) {
        this.interviews = interviews;
        this.reports = reports;
    }

    public List<Interview> interviews() {
        return interviews.list();
    }

    public List<TrendView> topicTrends() {
        return TopicTrends.of(interviews.list().stream()
                        .filter(i -> !InterviewViews.gradesHidden(i) && !i.closedTurns().isEmpty())
                        .map(reports::write).toList())
                .stream().map(TrendView::of).toList();
    }
}
