package dev.deepdive.web;

import dev.deepdive.bank.KeyPoint;
import dev.deepdive.grading.EmbeddedGrader;
import dev.deepdive.grading.ReferenceKeyPoints;
import dev.deepdive.grading.Rubric;
import dev.deepdive.interview.InterviewException;
import dev.deepdive.interview.InterviewRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Grades an answer to any question, outside an interview: the same grader, so tools can measure and use it. */
@Path("/api/grade")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class GradeResource {
    static final int MAX_BATCH = 200;
    private static final int MAX_REFERENCE_CHARS = 8000;

    private final EmbeddedGrader grader;
    private final InterviewViews views;
    private final int maxAnswerChars;

    public GradeResource(EmbeddedGrader grader, InterviewViews views, InterviewRules rules) {
        this.grader = grader;
        this.views = views;
        this.maxAnswerChars = rules.maxAnswerChars();
    }

    @POST
    public GradeView grade(GradeRequest request) {
        return views.grade(grader.grade(rubric(request, ""), answer(request, "")));
    }

    @POST
    @Path("batch")
    public List<GradeView> batch(GradeBatchRequest request) {
        if (request == null || request.items() == null || request.items().isEmpty())
            throw InterviewException.invalid("items", "Send a non-empty 'items' list of grading requests.");
        if (request.items().size() > MAX_BATCH)
            throw InterviewException.invalid("items", "At most " + MAX_BATCH + " items per batch; got " + request.items().size() + ".");
        List<GradeView> grades = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            GradeRequest item = request.items().get(i);
            String at = "items[" + i + "].";
            grades.add(views.grade(grader.grade(rubric(item, at), answer(item, at))));
        }
        return grades;
    }

    private Rubric rubric(GradeRequest r, String at) {
        if (r == null) throw InterviewException.invalid(at.isEmpty() ? "body" : at.substring(0, at.length() - 1), "A grading request is required.");
        if (r.question() == null || r.question().isBlank()) throw InterviewException.invalid(at + "question", "'question' is required.");
        if (r.referenceAnswer() == null || r.referenceAnswer().isBlank())
            throw InterviewException.invalid(at + "referenceAnswer", "'referenceAnswer' is required.");
        if (r.referenceAnswer().length() > MAX_REFERENCE_CHARS)
            throw InterviewException.invalid(at + "referenceAnswer", "'referenceAnswer' is limited to " + MAX_REFERENCE_CHARS + " characters.");
        List<KeyPoint> keyPoints = r.keyPoints() == null || r.keyPoints().isEmpty()
                ? ReferenceKeyPoints.derive(r.referenceAnswer())
                : IntStream.range(0, r.keyPoints().size()).mapToObj(i -> keyPoint(r.keyPoints().get(i), i, at)).toList();
        return new Rubric(r.question(), r.referenceAnswer(), keyPoints, List.of());
    }

    private static KeyPoint keyPoint(String text, int i, String at) {
        if (text == null || text.isBlank()) throw InterviewException.invalid(at + "keyPoints[" + i + "]", "Key points must be non-empty texts.");
        return new KeyPoint("key-point-" + (i + 1), text, 1);
    }

    private String answer(GradeRequest r, String at) {
        if (r.answer() == null) throw InterviewException.invalid(at + "answer", "'answer' is required (it may be empty).");
        if (r.answer().length() > maxAnswerChars)
            throw new InterviewException(InterviewException.Kind.ANSWER_TOO_LONG, at + "answer",
                    "The answer has " + r.answer().length() + " characters; the limit is " + maxAnswerChars + ".");
        return r.answer();
    }
}
