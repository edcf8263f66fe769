package dev.deepdive.web;

import dev.deepdive.bank.QuestionBank;
import dev.deepdive.bank.Topic;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Past interviews, newest first, and how each topic's score moved across them. */
@Path("/history")
@Produces(MediaType.TEXT_HTML)
public class HistoryPage {
    private final InterviewHistory history;
    private final InterviewViews views;
    private final QuestionBank bank;

    public HistoryPage(InterviewHistory history, InterviewViews views, QuestionBank bank) {
        this.history = history;
        this.views = views;
        this.bank = bank;
    }

    /** A history line with the titles of the topics it went through. */
    public record Row(InterviewSummary interview, List<String> topicTitles) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(List<Row> interviews, List<TrendView> trends);
    }

    @GET
    public TemplateInstance history() {
        List<Row> rows = history.interviews().stream().map(views::summary)
                .map(s -> new Row(s, s.topics().stream().map(id -> bank.topic(id).map(Topic::title).orElse(id)).toList()))
                .toList();
        return Templates.history(rows, history.topicTrends());
    }
}
