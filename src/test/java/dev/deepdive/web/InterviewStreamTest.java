package dev.deepdive.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The streamed endpoints in bank mode (no model): the same protocol, the bank's words in one token event. */
@QuarkusTest
class InterviewStreamTest {

    @Test
    void startStreamsTheBankQuestionAsOneTokenThenDone() {
        ServerSentEvents stream = ServerSentEvents.post("/api/interviews", Map.of("topic", "ppo"));

        assertThat(stream.names()).containsExactly("token", "done");
        var done = stream.first("done").json();
        assertThat(stream.tokens()).isEqualTo(done.getString("question.text"));
        assertThat(done.getString("question.wordedBy")).isEqualTo("bank");
        assertThat(done.getString("model.mode")).isEqualTo("bank");
        assertThat(done.getString("model.reason")).contains("switched off");
    }

    @Test
    void answerStreamsGradeTokenNextAndDoneMatchingTheJsonEndpoint() {
        String id = InterviewResourceTest.start(Map.of("topic", "ppo"));
        String question = InterviewResourceTest.currentQuestion(id);

        ServerSentEvents stream = ServerSentEvents.post("/api/interviews/{id}/answers",
                Map.of("text", InterviewResourceTest.referenceAnswer(question)), id);

        assertThat(stream.names()).containsExactly("grade", "token", "next", "done");
        var grade = stream.first("grade").json();
        var done = stream.first("done").json();
        assertThat(grade.getString("grade.gradedBy")).isEqualTo("embedded");
        assertThat(grade.getDouble("grade.score")).isEqualTo(done.getDouble("grade.score"));
        assertThat(grade.getString("move.type")).isEqualTo(done.getString("move.type"));
        assertThat(stream.first("next").json().getString("text")).isEqualTo(done.getString("next.text")).isEqualTo(stream.tokens());
        InterviewResourceTest.answer(id, "x").statusCode(200);
    }

    @Test
    void realModeStreamsNoGradeAndASkipStreamsNoGrade() {
        String real = InterviewResourceTest.start(Map.of("mode", "real"));
        ServerSentEvents answered = ServerSentEvents.post("/api/interviews/{id}/answers", Map.of("text", "I am not sure."), real);
        assertThat(answered.first("grade").json().getString("grade")).isNull();
        assertThat(answered.first("grade").json().getString("move.type")).isNotBlank();

        String practice = InterviewResourceTest.start(Map.of());
        ServerSentEvents skipped = ServerSentEvents.post("/api/interviews/{id}/skip", null, practice);
        assertThat(skipped.names()).containsExactly("grade", "token", "next", "done");
        assertThat(skipped.first("grade").json().getString("grade")).isNull();
    }

    @Test
    void lastAnswerStreamsANullNext() {
        String id = InterviewResourceTest.start(Map.of("maxQuestions", 1));
        ServerSentEvents stream = ServerSentEvents.post("/api/interviews/{id}/answers", Map.of("text", "No idea."), id);

        assertThat(stream.names()).containsExactly("grade", "next", "done");
        assertThat(stream.first("next").data()).isEqualTo("null");
        assertThat(stream.first("done").json().getString("move.type")).isEqualTo("end");
    }

    @Test
    void refusalsBecomeErrorEventsOrProblems() {
        String id = InterviewResourceTest.start(Map.of("maxQuestions", 1));
        ServerSentEvents.post("/api/interviews/{id}/answers", Map.of("text", "No idea."), id);

        ServerSentEvents afterEnd = ServerSentEvents.post("/api/interviews/{id}/answers", Map.of("text", "again"), id);
        assertThat(afterEnd.names()).containsExactly("error");
        assertThat(afterEnd.first("error").json().getInt("status")).isEqualTo(409);
    }
}
