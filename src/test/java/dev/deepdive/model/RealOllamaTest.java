package dev.deepdive.model;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opt-in: runs against the Ollama at OLLAMA_BASE_URL with the configured model pulled, never in CI. Checks the
 * contract, not the prose: the model words the question, judges with evidence, and every grade says what produced it.
 */
@QuarkusTest
@TestProfile(RealOllamaTest.WithModel.class)
@EnabledIfEnvironmentVariable(named = "OLLAMA_BASE_URL", matches = ".+")
class RealOllamaTest {

    /** Switches the model on with a patient timeout for a CPU-bound local model. */
    public static class WithModel implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("deepdive.model.enabled", "true", "deepdive.model.timeout", "180s");
        }
    }

    @Test
    void aRealModelInterviewsAndJudgesWithEvidence() {
        JsonPath started = given().contentType(ContentType.JSON).body(Map.of()).post("/api/interviews").then().statusCode(201).extract().jsonPath();
        assertThat(started.getString("model.mode")).as(started.getString("model.reason")).isEqualTo("model");
        assertThat(started.getString("question.wordedBy")).isEqualTo("model");
        assertThat(started.getString("question.text")).contains("?");

        String reference = given().get("/api/bank/questions/{id}", started.getString("question.id")).then().extract().path("referenceAnswer");
        JsonPath answered = given().contentType(ContentType.JSON).body(Map.of("text", reference))
                .post("/api/interviews/{id}/answers", started.getString("id")).then().statusCode(200).extract().jsonPath();

        assertThat(answered.getString("grade.gradedBy")).isIn("model", "embedded");
        assertThat(answered.getList("grade.keyPoints.findAll { it.covered }.evidence", String.class))
                .allSatisfy(quote -> assertThat(reference.toLowerCase().replaceAll("\\s+", " ")).contains(quote.toLowerCase().replaceAll("\\s+", " ").replaceAll("[.\"]+$", "")));
    }
}
