package dev.deepdive.web;

import dev.deepdive.bank.BankReport;
import dev.deepdive.bank.Question;
import dev.deepdive.bank.QuestionBank;
import dev.deepdive.interview.InterviewException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The bank itself, reference answers included: outside an interview it is a study tool. */
@Path("/api/bank")
@Produces(MediaType.APPLICATION_JSON)
public class BankResource {
    private final QuestionBank bank;

    public BankResource(QuestionBank bank) {
        this.bank = bank;
    }

    @GET
    @Path("questions")
    public List<Question> questions(@QueryParam("topic") String topic) {
        if (topic == null || topic.isBlank()) return bank.questions();
        if (bank.topic(topic).isEmpty())
            throw new InterviewException(InterviewException.Kind.UNKNOWN_TOPIC, "topic", "Unknown topic '" + topic + "'; GET /api/topics lists them.");
        return bank.questionsOf(topic);
    }

    /** Counts per stage, topic and difficulty: where the bank is thin. */
    @GET
    @Path("report")
    public BankReport report() {
        return BankReport.of(bank);
    }

    @GET
    @Path("questions/{id}")
    public Question question(@PathParam("id") String id) {
        return bank.question(id).orElseThrow(() -> new NotFoundException("No question with id '" + id + "'."));
    }
}
