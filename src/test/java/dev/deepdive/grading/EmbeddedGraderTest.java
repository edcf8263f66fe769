package dev.deepdive.grading;

import dev.deepdive.grading.embedding.OnnxEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedGraderTest {
    static final Embedder EMBEDDER = OnnxEmbedder.standard();
    final EmbeddedGrader grader = new EmbeddedGrader(EMBEDDER);

    @Test
    void referenceAnswerGradedAgainstItsOwnRubricIsStrong() {
        for (Rubric rubric : new Rubric[]{Rubrics.grpo(), Rubrics.ppoClipping()}) {
            Grade grade = grader.grade(rubric, rubric.referenceAnswer());

            assertThat(grade.score()).as(rubric.question()).isGreaterThanOrEqualTo(4.0);
            assertThat(grade.verdict()).isEqualTo(Verdict.STRONG);
            assertThat(grade.gradedBy()).isEqualTo(GradedBy.EMBEDDED);
            assertThat(grade.misconceptions()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "I don't know", "no idea", "pass", "Sorry, I really don't know this one.",
            "Honestly I have no clue about that.", "idk", "?"})
    void nonAnswersScoreZeroWithoutEmbeddingAnything(String answer) {
        AtomicInteger calls = new AtomicInteger();
        EmbeddedGrader counting = new EmbeddedGrader(text -> {
            calls.incrementAndGet();
            return EMBEDDER.embed(text);
        });

        Grade grade = counting.grade(Rubrics.grpo(), answer);

        assertThat(grade.score()).isZero();
        assertThat(grade.verdict()).isEqualTo(Verdict.NO_ANSWER);
        assertThat(grade.keyPoints()).noneMatch(KeyPointResult::covered);
        assertThat(calls).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdkjh qwpoeiu zxmcnb lkjhgf", "sdfsdf sdfsdfsdf dfgdfg hjkhjk",
            "My favourite pasta recipe uses garlic, olive oil and fresh basil from the garden.",
            "The weather in Lisbon was sunny all week and we went to the beach every afternoon."})
    void gibberishAndOffTopicAnswersScoreZero(String answer) {
        Grade grade = grader.grade(Rubrics.grpo(), answer);

        assertThat(grade.score()).isZero();
        assertThat(grade.verdict()).isEqualTo(Verdict.NO_ANSWER);
    }

    @Test
    void aPlantedMisconceptionIsFlaggedWithItsSentence() {
        String wrong = "GRPO is basically an offline method like DPO, so it does not sample anything during training.";
        String answer = "GRPO removes the critic that PPO uses. " + wrong;

        Grade grade = grader.grade(Rubrics.grpo(), answer);

        assertThat(grade.misconceptions()).extracting(MisconceptionFound::id).containsExactly("grpo-is-offline");
        assertThat(grade.misconceptions().get(0).evidence()).isEqualTo(wrong);
        assertThat(grade.feedback()).contains("offline");
    }

    @Test
    void refutingAMisconceptionIsNotVoicingIt() {
        String answer = "GRPO removes the critic that PPO uses. "
                + "GRPO is not an offline method like DPO: it samples a fresh group of outputs during training.";

        Grade grade = grader.grade(Rubrics.grpo(), answer);

        assertThat(grade.misconceptions()).isEmpty();
    }

    @Test
    void evidenceIsAlwaysASentenceOfTheAnswer() {
        String answer = Rubrics.grpoPartialAnswer() + "\nThe KL term to the reference model goes straight into the loss.";

        Grade grade = grader.grade(Rubrics.grpo(), answer);

        assertThat(grade.keyPoints()).filteredOn(KeyPointResult::covered).isNotEmpty()
                .allSatisfy(k -> assertThat(Sentences.of(answer)).contains(k.evidence()));
        assertThat(grade.keyPoints()).filteredOn(KeyPointResult::covered)
                .allSatisfy(k -> assertThat(answer).contains(k.evidence()));
    }

    @Test
    void aPartialAnswerIsPartialAndItsFeedbackNamesWhatWasMissed() {
        Grade grade = grader.grade(Rubrics.grpo(), Rubrics.grpoPartialAnswer());

        assertThat(grade.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(grade.keyPoints()).filteredOn(KeyPointResult::covered).extracting(KeyPointResult::id)
                .contains("no-critic");
        assertThat(grade.missed()).extracting(KeyPointResult::id).contains("group-normalised-advantage");
        assertThat(grade.feedback()).contains("advantage");
        assertThat(grade.feedback()).doesNotContain(Rubrics.grpo().referenceAnswer().substring(0, 40));
    }

    @Test
    void theSameAnswerAlwaysGetsTheSameGrade() {
        Grade first = new EmbeddedGrader(OnnxEmbedder.standard()).grade(Rubrics.ppoClipping(), Rubrics.grpoPartialAnswer());
        Grade second = grader.grade(Rubrics.ppoClipping(), Rubrics.grpoPartialAnswer());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aBagOfKeyTermsIsNotAStrongAnswer() {
        String stuffed = "GRPO PPO critic value model memory compute group completions prompt reward mean standard "
                + "deviation normalised advantage KL penalty reference policy loss clipped ratio";

        Grade grade = grader.grade(Rubrics.grpo(), stuffed);

        assertThat(grade.verdict()).isNotEqualTo(Verdict.STRONG);
        assertThat(grade.score()).isLessThan(grader.grade(Rubrics.grpo(), Rubrics.grpo().referenceAnswer()).score() - 1.5);
    }

    @Test
    void paddingAnAnswerWithUnrelatedSentencesEarnsNothing() {
        String padded = Rubrics.grpoPartialAnswer()
                + " Reinforcement learning has a long history in robotics. Many teams train models on large clusters."
                + " Some people prefer Python while others prefer Java. Deadlines are often tight in research labs.";

        assertThat(grader.grade(Rubrics.grpo(), padded).score())
                .isLessThanOrEqualTo(grader.grade(Rubrics.grpo(), Rubrics.grpoPartialAnswer()).score());
    }
}
