package dev.deepdive.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class BankResourceTest {

    @Test
    void topicsShowTheMapWithZoomLinks() {
        given().get("/api/topics").then().statusCode(200)
                .body("entryTopic", is("grpo"))
                .body("stages.id", hasItems("rl-foundations", "pretraining", "sft", "preference", "rlvr", "evaluation"))
                .body("topics", hasSize(greaterThanOrEqualTo(40)))
                .body("topics.questionCount", everyItem(greaterThan(0)))
                .body("topics.find { it.id == 'grpo' }.parent", is("rlvr"))
                .body("topics.find { it.id == 'grpo' }.prerequisites", hasItem("ppo"))
                .body("topics.find { it.id == 'grpo' }.children", hasItem("grpo-advantages"));
    }

    @Test
    void questionsOfATopicIncludeTheirReferenceAnswersAndKeyPoints() {
        given().get("/api/bank/questions?topic=grpo").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(15))
                .body("topicId", everyItem(is("grpo")))
                .body("referenceAnswer", everyItem(notNullValue()))
                .body("[0].keyPoints[0].weight", notNullValue());
        given().get("/api/bank/questions").then().statusCode(200).body("size()", greaterThanOrEqualTo(200));
        given().get("/api/bank/questions/grpo-001").then().statusCode(200).body("id", is("grpo-001")).body("sources", hasSize(greaterThan(0)));
        given().get("/api/bank/questions?topic=astrology").then().statusCode(400).contentType("application/problem+json").body("field", is("topic"));
    }

    @Test
    void gradesAnyQuestionDerivingKeyPointsFromTheReference() {
        String reference = "A baseline is subtracted from the return to reduce variance. It does not bias the gradient because its expectation under the policy is zero.";
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "Why use a baseline in policy gradients?", "referenceAnswer", reference, "answer", reference))
                .post("/api/grade").then().statusCode(200)
                .body("score", greaterThanOrEqualTo(4.0f)).body("verdict", is("strong")).body("gradedBy", is("embedded"))
                .body("keyPoints.size()", greaterThanOrEqualTo(2));
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "Why use a baseline?", "referenceAnswer", reference,
                        "keyPoints", List.of("reduces variance", "keeps the gradient unbiased"), "answer", "no idea"))
                .post("/api/grade").then().statusCode(200).body("score", is(0.0f)).body("keyPoints.id", hasItems("key-point-1", "key-point-2"));
    }

    @Test
    void gradesABatchWithinItsBound() {
        Map<String, Object> item = Map.of("question", "What is a policy?", "referenceAnswer",
                "A policy maps states to a distribution over actions. For an LLM the state is the context and the action is the next token.",
                "answer", "A policy gives a probability distribution over next tokens given the context.");
        given().contentType(ContentType.JSON).body(Map.of("items", List.of(item, item))).post("/api/grade/batch")
                .then().statusCode(200).body("size()", is(2)).body("[0].score", greaterThan(0f));
        given().contentType(ContentType.JSON).body(Map.of("items", java.util.Collections.nCopies(201, item))).post("/api/grade/batch")
                .then().statusCode(400).body("field", is("items"));
        given().contentType(ContentType.JSON).body(Map.of("items", List.of(Map.of("question", "q", "answer", "a"))))
                .post("/api/grade/batch").then().statusCode(400).body("field", is("items[0].referenceAnswer"));
        given().contentType(ContentType.JSON).body(Map.of("question", "q", "referenceAnswer", "r")).post("/api/grade")
                .then().statusCode(400).body("field", is("answer")).body("status", lessThan(500));
    }
}
