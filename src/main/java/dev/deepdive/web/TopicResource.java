package dev.deepdive.web;

import dev.deepdive.bank.QuestionBank;
import dev.deepdive.bank.Stage;
import dev.deepdive.bank.Topic;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The map of post-training: stages left to right, and every topic with its zoom links. */
@Path("/api/topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {
    private final QuestionBank bank;

    public TopicResource(QuestionBank bank) {
        this.bank = bank;
    }

    /** The map as the API shows it. */
    public record TopicMap(String entryTopic, List<Stage> stages, List<TopicView> topics) {
    }

    /** One topic with its links and how many questions it holds. */
    public record TopicView(String id, String title, String stage, String summary, String parent, List<String> children,
                            List<String> prerequisites, List<String> sources, int questionCount) {
    }

    @GET
    public TopicMap topics() {
        return new TopicMap(bank.entryTopic().id(), bank.stages(), bank.topics().stream().map(this::view).toList());
    }

    private TopicView view(Topic t) {
        return new TopicView(t.id(), t.title(), t.stage(), t.summary(), t.parent().orElse(null), t.children(), t.prerequisites(),
                t.sources(), bank.questionsOf(t.id()).size());
    }
}
