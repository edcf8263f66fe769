package dev.deepdive.grading;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TextRulesTest {
    @Test
    void sentencesAreVerbatimPiecesOfTheAnswer() {
        String answer = "GRPO drops the critic. It samples a group per prompt!<br>Then it normalises rewards.\n- KL goes in the loss";

        assertThat(Sentences.of(answer)).containsExactly("GRPO drops the critic.", "It samples a group per prompt!",
                "Then it normalises rewards.", "KL goes in the loss");
    }

    @Test
    void shortButRealAnswersAreNotMistakenForNonAnswers() {
        assertThat(NonAnswers.isNonAnswer("Evaporation.")).isFalse();
        assertThat(NonAnswers.isNonAnswer("It will pass the current through the wire.")).isFalse();
        assertThat(NonAnswers.isNonAnswer("I'm not sure, but I think the critic is replaced by a group baseline.")).isFalse();
        assertThat(NonAnswers.isNonAnswer("I don't know, sorry.")).isTrue();
    }

    @Test
    void keyPointsAreDerivedClauseByClauseAndTooShortClausesJoinTheirNeighbour() {
        var keyPoints = ReferenceKeyPoints.derive(
                "GRPO removes the value model, which saves memory; it normalises each reward by the group mean and standard deviation.");

        assertThat(keyPoints).extracting(k -> k.text()).containsExactly("GRPO removes the value model which saves memory",
                "it normalises each reward by the group mean and standard deviation.");
    }

    @Test
    void aKeyPointWordIsRecalledFullyBySameStemAndInPartByACloseWord() {
        float[] heat = {1, 0}, warm = {0.7f, 0.714f}, blue = {0, 1};
        var wanted = new LinkedHashMap<String, float[]>();
        wanted.put("heat", heat);
        var answerWords = Map.of("heat", heat, "warm", warm, "blue", blue);

        assertThat(WordRecall.of(wanted, Set.of("heat"), answerWords)).isEqualTo(1.0);
        assertThat(WordRecall.of(wanted, Set.of("warm"), answerWords)).isBetween(0.4, 0.6);
        assertThat(WordRecall.of(wanted, Set.of("blue"), answerWords)).isZero();
        assertThat(Terms.contentWords("The salt evaporated, and salt dried")).containsOnlyKeys("salt", "evaporat", "dri")
                .containsEntry("salt", "salt").containsEntry("evaporat", "evaporated");
    }

    @Test
    void questionWordsAreDemotedButFunctionWordsStay() {
        assertThat(Terms.demote("GRPO drops the critic", Terms.content("Why does GRPO drop nothing?"))).isEqualTo("the critic");
    }

    @Test
    void negationRefutesOnlyWithinItsOwnClause() {
        String keyPoint = "The clip does not remove the need for a critic.";
        String sentence = "The clip removes the need for a critic.";
        assertThat(Negations.refutes(sentence, Terms.content(sentence), keyPoint, Terms.content(keyPoint))).isTrue();

        String twoClauses = "It does not bias the gradient because its expectation under the policy is zero.";
        String secondClause = "because its expectation under the policy is zero.";
        assertThat(Negations.refutes(twoClauses, Terms.content(twoClauses), secondClause, Terms.content(secondClause))).isFalse();
    }
}
