package dev.deepdive.web;

import dev.deepdive.bank.QuestionBank;
import dev.deepdive.bank.Stage;
import dev.deepdive.interview.Interview;
import dev.deepdive.interview.InterviewService;
import dev.deepdive.transcript.Report;
import dev.deepdive.transcript.ReportWriter;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The report a candidate takes away, rendered on the server so it reads, prints and saves without JavaScript. */
@Path("/interviews/{id}/report")
@Produces(MediaType.TEXT_HTML)
public class ReportPage {
    private final InterviewService interviews;
    private final InterviewViews views;
    private final ReportWriter reports;
    private final QuestionBank bank;

    public ReportPage(InterviewService interviews, InterviewViews views, ReportWriter reports, QuestionBank bank) {
        this.interviews = interviews;
        this.views = views;
        this.reports = reports;
        this.bank = bank;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Report report, InterviewView interview, Map<String, String> stageTitles, String graders,
                                              String wordings);
    }

    @GET
    public Response report(@PathParam("id") String id) {
        Interview interview = interviews.find(id).orElse(null);
        if (interview == null) return ErrorPage.interviewNotFound(id);
        if (InterviewViews.gradesHidden(interview))
            return ErrorPage.of(409, "The report is not ready yet",
                    "This is a real-mode interview: like a real one, it is graded when it ends. Finish or end it to see the report.",
                    "/interviews/" + id, "Back to the interview");
        Map<String, String> stageTitles = bank.stages().stream().collect(Collectors.toMap(Stage::id, Stage::title));
        InterviewView view = views.interview(interview);
        return Response.ok(Templates.report(reports.write(interview), view, stageTitles,
                distinct(view.turns().stream().filter(t -> t.grade() != null).map(t -> t.grade().gradedBy()), "no grader yet"),
                distinct(view.turns().stream().map(t -> t.question().wordedBy()), "nobody yet"))).build();
    }

    /** Which producers were at work, said honestly: "embedded", "bank and model". */
    private static String distinct(Stream<String> labels, String none) {
        List<String> all = labels.distinct().sorted().toList();
        return all.isEmpty() ? none : String.join(" and ", all);
    }
}
