package dev.deepdive.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class InterviewResourceTest {

    static String start(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/interviews")
                .then().statusCode(201).extract().path("id");
    }

    static String referenceAnswer(String questionId) {
        return given().get("/api/bank/questions/{id}", questionId).then().statusCode(200).extract().path("referenceAnswer");
    }

    static String currentQuestion(String id) {
        return given().get("/api/interviews/{id}", id).then().statusCode(200).extract().path("question.id");
    }

    static ValidatableResponse answer(String id, String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/interviews/{id}/answers", id).then();
    }

    static void assertProblem(ValidatableResponse response, int status, String title) {
        response.statusCode(status).contentType("application/problem+json")
                .body("status", is(status)).body("title", is(title)).body("detail", notNullValue());
    }

    @Test
    void startsOnGrpoInBankModeByDefault() {
        given().contentType(ContentType.JSON).body("{}").post("/api/interviews")
                .then().statusCode(201)
                .header("Location", containsString("/api/interviews/"))
                .body("mode", is("practice"))
                .body("status", is("in-progress"))
                .body("model.available", is(false))
                .body("model.mode", is("bank"))
                .body("question.topicId", is("grpo"))
                .body("question.text", notNullValue())
                .body("question.wordedBy", is("bank"))
                .body("question.hints", greaterThanOrEqualTo(1))
                .body("question.difficulty", notNullValue())
                .body("progress.asked", is(1))
                .body("progress.max", is(10));
    }

    @Test
    void startsWithoutABodyAndOnAnyTopic() {
        given().contentType(ContentType.JSON).post("/api/interviews").then().statusCode(201).body("question.topicId", is("grpo"));
        given().contentType(ContentType.JSON).body(Map.of("topic", "ppo", "maxQuestions", 3, "mode", "real")).post("/api/interviews")
                .then().statusCode(201).body("mode", is("real")).body("question.topicId", is("ppo")).body("progress.max", is(3));
    }

    @Test
    void referenceAnswerScoresStrongAndZoomsIn() {
        String id = start(Map.of());
        String question = currentQuestion(id);

        answer(id, referenceAnswer(question)).statusCode(200)
                .body("grade.score", greaterThanOrEqualTo(4.0f))
                .body("grade.verdict", is("strong"))
                .body("grade.gradedBy", is("embedded"))
                .body("grade.keyPoints.covered", everyItem(notNullValue()))
                .body("move.type", is("zoom-in"))
                .body("move.reason", notNullValue())
                .body("next.id", notNullValue())
                .body("progress.asked", is(2));
    }

    @Test
    void iDontKnowScoresZeroAndZoomsOutOrFollowsUp() {
        String id = start(Map.of());

        answer(id, "I don't know").statusCode(200)
                .body("grade.score", is(0.0f))
                .body("grade.verdict", is("no-answer"))
                .body("grade.feedback", notNullValue())
                .body("move.type", anyOf(is("zoom-out"), is("follow-up")))
                .body("next.topicId", notNullValue());
    }

    @Test
    void realModeKeepsGradesForTheReport() {
        String id = start(Map.of("mode", "real", "maxQuestions", 2));

        answer(id, "GRPO samples a group of answers and normalises rewards within the group.").statusCode(200)
                .body("grade", nullValue()).body("move.type", notNullValue());
        given().get("/api/interviews/{id}", id).then().body("gradesHidden", is(true)).body("turns[0].grade", nullValue());
        assertProblem(given().get("/api/interviews/{id}/report", id).then(), 409, "Not allowed now");
        assertProblem(given().post("/api/interviews/{id}/hint", id).then(), 409, "Not allowed now");

        answer(id, "I am not sure.").statusCode(200).body("move.type", is("end")).body("next", nullValue());
        given().get("/api/interviews/{id}/report", id).then().statusCode(200)
                .body("finished", is(true)).body("questionsAsked", is(2)).body("mastery", hasSize(greaterThanOrEqualTo(1)));
        given().get("/api/interviews/{id}", id).then().body("gradesHidden", is(false)).body("turns[0].grade.score", notNullValue());
    }

    @Test
    void hintsSkipAndEnd() {
        String id = start(Map.of());

        given().post("/api/interviews/{id}/hint", id).then().statusCode(200).body("hint", notNullValue()).body("used", is(1));
        given().post("/api/interviews/{id}/skip", id).then().statusCode(200)
                .body("grade", nullValue()).body("move.type", is("zoom-out")).body("next.id", notNullValue());
        given().post("/api/interviews/{id}/end", id).then().statusCode(200).body("status", is("finished"))
                .body("turns[0].skipped", is(true)).body("turns[0].hints", hasSize(1));

        assertProblem(answer(id, "too late"), 409, "Interview finished");
        assertProblem(given().post("/api/interviews/{id}/skip", id).then(), 409, "Interview finished");
        assertProblem(given().post("/api/interviews/{id}/end", id).then(), 409, "Interview finished");
    }

    @Test
    void reportAndTranscriptAfterAWholeInterview() throws Exception {
        String id = start(Map.of("maxQuestions", 3));
        answer(id, referenceAnswer(currentQuestion(id))).statusCode(200);
        answer(id, "I don't know").statusCode(200);
        answer(id, referenceAnswer(currentQuestion(id))).statusCode(200).body("move.type", is("end"));

        given().get("/api/interviews/{id}/report", id).then().statusCode(200)
                .body("overallScore", notNullValue())
                .body("mastery[0].topicId", is("grpo"))
                .body("strengths", hasSize(greaterThanOrEqualTo(1)))
                .body("gaps", hasSize(greaterThanOrEqualTo(1)))
                .body("studyPlan[0].sources", hasSize(greaterThanOrEqualTo(1)));
        given().get("/api/interviews/{id}/transcript", id).then().statusCode(200).contentType(ContentType.JSON)
                .body("interview.turns", hasSize(3)).body("report.finished", is(true));
        String markdown = given().accept("text/markdown").get("/api/interviews/{id}/transcript", id)
                .then().statusCode(200).contentType(containsString("text/markdown")).extract().asString();
        assertThat(markdown).startsWith("# deepdive interview " + id).contains("**Grade:**").contains("# Report").contains("## Study plan");
        assertThat(Files.readAllLines(Path.of("target/test-transcripts", id + ".jsonl"))).hasSize(4);
    }

    @Test
    void listsInterviewsNewestFirst() {
        String older = start(Map.of());
        String newer = start(Map.of("topic", "dpo"));

        given().get("/api/interviews").then().statusCode(200)
                .body("id", hasSize(greaterThanOrEqualTo(2)))
                .body("find { it.id == '%s' }.topic".formatted(newer), is("dpo"));
        java.util.List<String> ids = given().get("/api/interviews").then().extract().path("id");
        assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("topic", "astrology")).post("/api/interviews").then(), 400, "Unknown topic");
        given().contentType(ContentType.JSON).body(Map.of("topic", "astrology")).post("/api/interviews").then().body("field", is("topic"));
        given().contentType(ContentType.JSON).body(Map.of("maxQuestions", 0)).post("/api/interviews").then()
                .statusCode(400).body("field", is("maxQuestions"));
        given().contentType(ContentType.JSON).body(Map.of("mode", "exam")).post("/api/interviews").then()
                .statusCode(400).body("field", is("mode"));
        given().contentType(ContentType.JSON).body("{\"maxQuestions\":\"ten\"}").post("/api/interviews").then()
                .statusCode(400).contentType("application/problem+json").body("field", is("maxQuestions"));
        assertProblem(given().contentType(ContentType.JSON).body("{not json").post("/api/interviews").then(), 400, "Malformed request");

        String id = start(Map.of());
        given().contentType(ContentType.JSON).body("{}").post("/api/interviews/{id}/answers", id).then()
                .statusCode(400).contentType("application/problem+json").body("field", is("text"));
        assertProblem(answer(id, "x".repeat(8001)), 413, "Answer too long");
        given().get("/api/interviews/{id}", id).then().body("progress.asked", is(1)).body("turns[0].answer", nullValue());
    }

    @Test
    void unknownIdsAreNotFound() {
        String unknown = "6f1d2c1e-0000-4000-8000-000000000000";
        assertProblem(given().get("/api/interviews/{id}", unknown).then(), 404, "Interview not found");
        assertProblem(answer(unknown, "hello"), 404, "Interview not found");
        assertProblem(given().get("/api/interviews/{id}/report", "not-a-uuid").then(), 404, "Interview not found");
        assertProblem(given().get("/api/bank/questions/{id}", "nope-001").then(), 404, "Not Found");
        given().get("/api/nothing-here").then().statusCode(404);
    }

    @Test
    void aDamagedTranscriptIsReportedAndLeftAloneWhileTheHistoryStillLoads() throws Exception {
        String id = "0da0a9ed-0000-4000-8000-000000000000";
        Path file = Path.of("target/test-transcripts", id + ".jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "garbage\n[]\n");

        assertProblem(given().get("/api/interviews/{id}", id).then(), 500, "Stored interview damaged");
        given().get("/api/interviews/{id}", id).then().body("detail", containsString("damaged at line 1"));
        given().get("/api/interviews").then().statusCode(200);
        assertThat(Files.readString(file)).isEqualTo("garbage\n[]\n");
    }

    @Test
    void openApiDescribesTheApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", notNullValue())
                .body("paths.'/api/interviews/{id}/answers'", notNullValue());
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/interviews").then().statusCode(200).contentType(ContentType.JSON);
    }
}
