package dev.deepdive.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class PageResourceTest {

    static String startFromTheForm(String topic, String questions, String mode) {
        String location = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("topic", topic).formParam("questions", questions).formParam("mode", mode)
                .post("/interviews")
                .then().statusCode(303).header("Location", matchesPattern(".*/interviews/[0-9a-f-]+")).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void startPageOffersEveryTopicWithGrpoChosenAndSaysBankMode() {
        given().get("/").then().statusCode(200).contentType(ContentType.HTML)
                .body(allOf(containsString("<option value=\"grpo\" selected>"), containsString("<option value=\"ppo\">"),
                        containsString("Bank mode"), containsString("name=\"mode\" value=\"real\"")));
    }

    @Test
    void theFormStartsAnInterviewAndItsPageCarriesItsId() {
        String id = startFromTheForm("ppo", "3", "real");

        given().get("/interviews/{id}", id).then().statusCode(200).contentType(ContentType.HTML)
                .body(allOf(containsString("data-interview-id=\"" + id + "\""), containsString("data-mode=\"real\""),
                        containsString("id=\"question-clock\""), not(containsString("id=\"hint-button\""))));
        given().get("/api/interviews/{id}", id).then().body("question.topicId", is("ppo")).body("progress.max", is(3));
    }

    @Test
    void aRefusedStartComesBackAsTheFormWithAReadableReason() {
        given().contentType(ContentType.URLENC).formParam("topic", "astrology").formParam("questions", "5").formParam("mode", "practice")
                .post("/interviews").then().statusCode(400).contentType(ContentType.HTML)
                .body(allOf(containsString("role=\"alert\""), containsString("astrology")));
        given().contentType(ContentType.URLENC).formParam("topic", "grpo").formParam("questions", "ten").formParam("mode", "practice")
                .post("/interviews").then().statusCode(400).contentType(ContentType.HTML)
                .body(containsString("whole number"));
    }

    @Test
    void anUnknownInterviewIsAReadablePageNotAStackTrace() {
        given().get("/interviews/{id}", "no-such-interview").then().statusCode(404).contentType(ContentType.HTML)
                .body(allOf(containsString("Interview not found"), containsString("no-such-interview"), containsString("href=\"/history\"")));
        given().get("/interviews/{id}/report", "no-such-interview").then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("Interview not found"));
    }

    @Test
    void aRealModeReportWaitsForTheEnd() {
        String id = startFromTheForm("grpo", "3", "real");

        given().get("/interviews/{id}/report", id).then().statusCode(409).contentType(ContentType.HTML)
                .body(allOf(containsString("not ready yet"), containsString("href=\"/interviews/" + id + "\"")));
        given().post("/api/interviews/{id}/end", id).then().statusCode(200);
        given().get("/interviews/{id}/report", id).then().statusCode(200).contentType(ContentType.HTML);
    }

    @Test
    void theReportEscapesWhatTheCandidateTypedAndLinksBothTranscripts() {
        String id = startFromTheForm("grpo", "3", "practice");
        InterviewResourceTest.answer(id, "<script>alert('x')</script> GRPO has no critic").statusCode(200);

        given().get("/interviews/{id}/report", id).then().statusCode(200).contentType(ContentType.HTML)
                .body(allOf(containsString("&lt;script&gt;alert("), not(containsString("<script>alert(")),
                        containsString("id=\"overall-score\""), containsString("Group Relative Policy Optimization (GRPO)"),
                        containsString("transcript?format=markdown"), containsString("transcript?format=json"),
                        containsString("graded by embedded"), containsString("worded by bank")));
    }

    @Test
    void transcriptDownloadsByFormatParameter() {
        String id = InterviewResourceTest.start(Map.of("maxQuestions", 2));

        given().get("/api/interviews/{id}/transcript?format=markdown", id).then().statusCode(200)
                .contentType(containsString("text/markdown"))
                .header("Content-Disposition", containsString("deepdive-" + id + ".md"));
        given().get("/api/interviews/{id}/transcript?format=json", id).then().statusCode(200)
                .contentType(ContentType.JSON).body("interview.id", is(id))
                .header("Content-Disposition", containsString(".json"));
        given().get("/api/interviews/{id}/transcript?format=pdf", id).then().statusCode(400)
                .contentType("application/problem+json").body("field", is("format"));
    }

    @Test
    void historyListsInterviewsAndTrendsPerTopic() {
        String id = startFromTheForm("ppo", "2", "practice");
        InterviewResourceTest.answer(id, "PPO clips the probability ratio so it can reuse a batch for several epochs.").statusCode(200);

        given().get("/api/history/topics").then().statusCode(200).contentType(ContentType.JSON)
                .body("topicId", hasItem("ppo"));
        given().get("/history").then().statusCode(200).contentType(ContentType.HTML)
                .body(allOf(containsString("/interviews/" + id + "/report"), containsString("Proximal Policy Optimization (PPO)"),
                        containsString("class=\"sparkline\"")));
    }
}
