package dev.deepdive.web;

import dev.deepdive.bank.QuestionBank;
import dev.deepdive.bank.Stage;
import dev.deepdive.bank.Topic;
import dev.deepdive.config.DeepdiveConfig;
import dev.deepdive.interview.Interview;
import dev.deepdive.interview.InterviewException;
import dev.deepdive.interview.InterviewService;
import dev.deepdive.interview.StartRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The candidate's pages for starting an interview and holding the conversation; the conversation itself runs on the API. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {
    private final InterviewService interviews;
    private final InterviewViews views;
    private final QuestionBank bank;
    private final DeepdiveConfig config;

    public PageResource(InterviewService interviews, InterviewViews views, QuestionBank bank, DeepdiveConfig config) {
        this.interviews = interviews;
        this.views = views;
        this.bank = bank;
        this.config = config;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(List<StageTopics> stages, StartChoice choice, int maxQuestions, ModelView model, String error);

        static native TemplateInstance interview(InterviewView interview);
    }

    /** The topics of one stage, for the grouped topic select. */
    public record StageTopics(Stage stage, List<Topic> topics) {
    }

    /** What the start form shows as chosen: the defaults, or what the candidate sent back with an error. */
    public record StartChoice(String topic, String questions, String mode) {
    }

    @GET
    public TemplateInstance start() {
        return startPage(new StartChoice(bank.entryTopic().id(), String.valueOf(config.interview().defaultQuestions()), "practice"), null);
    }

    /** Starts from the form, so the page works without JavaScript; a refusal comes back as the form with its reason. */
    @POST
    @Path("interviews")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response begin(@RestForm String topic, @RestForm String questions, @RestForm String mode) {
        StartChoice choice = new StartChoice(topic, questions, mode);
        try {
            Interview interview = interviews.start(new StartRequest(Optional.ofNullable(topic).filter(t -> !t.isBlank()),
                    Optional.of(length(questions)), InterviewResource.mode(mode)));
            return Response.seeOther(URI.create("/interviews/" + interview.id())).build();
        } catch (InterviewException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(startPage(choice, e.getMessage())).build();
        }
    }

    @GET
    @Path("interviews/{id}")
    public Response interview(@PathParam("id") String id) {
        return interviews.find(id)
                .map(i -> Response.ok(Templates.interview(views.interview(i))).build())
                .orElseGet(() -> ErrorPage.interviewNotFound(id));
    }

    private TemplateInstance startPage(StartChoice choice, String error) {
        List<StageTopics> stages = bank.stages().stream()
                .map(s -> new StageTopics(s, bank.topics().stream().filter(t -> t.stage().equals(s.id())).toList()))
                .toList();
        return Templates.start(stages, choice, config.interview().maxQuestions(), views.model(), error);
    }

    private static int length(String questions) {
        try {
            return Integer.parseInt(questions == null ? "" : questions.strip());
        } catch (NumberFormatException e) {
            throw InterviewException.invalid("maxQuestions", "The length must be a whole number of questions.");
        }
    }
}
