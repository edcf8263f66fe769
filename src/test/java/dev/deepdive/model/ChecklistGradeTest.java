package dev.deepdive.model;

import dev.deepdive.bank.KeyPoint;
import dev.deepdive.bank.Misconception;
import dev.deepdive.grading.Grade;
import dev.deepdive.grading.GradedBy;
import dev.deepdive.grading.Rubric;
import dev.deepdive.grading.Verdict;
import dev.deepdive.model.Checklist.KeyPointVerdict;
import dev.deepdive.model.Checklist.MisconceptionVerdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecklistGradeTest {
    private static final Rubric RUBRIC = new Rubric("How does GRPO estimate advantages?", "From the group of samples.",
            List.of(new KeyPoint("no-critic", "GRPO needs no value model.", 1), new KeyPoint("group-baseline", "Rewards are normalised within the group.", 1)),
            List.of(new Misconception("needs-critic", "GRPO trains a critic.")));
    private static final String ANSWER = "It drops the value model entirely. Each reward is normalised within its group. It also trains a small critic.";

    private static Grade embedded(double score) {
        return new Grade(score, Verdict.of(score), List.of(), List.of(), "embedded", GradedBy.EMBEDDED);
    }

    @Test
    void theScoreIsComputedFromVerifiedEvidenceOnly() {
        Checklist checklist = new Checklist(List.of(
                new KeyPointVerdict("no-critic", true, "drops the value model entirely"),
                new KeyPointVerdict("group-baseline", true, "normalised by the group variance")), List.of());

        Grade grade = ChecklistGrade.of(RUBRIC, ANSWER, embedded(2.5), checklist);

        assertThat(grade.gradedBy()).isEqualTo(GradedBy.MODEL);
        assertThat(grade.keyPoints()).extracting(k -> k.covered()).containsExactly(true, false);
        assertThat(grade.score()).isEqualTo(2.5);
        assertThat(grade.feedback()).contains("Covers 1 of 2").contains("Rewards are normalised within the group");
    }

    @Test
    void aQuotedMisconceptionCostsCreditAndIsPointedOut() {
        Checklist checklist = new Checklist(List.of(
                new KeyPointVerdict("no-critic", true, "drops the value model entirely"),
                new KeyPointVerdict("group-baseline", true, "Each reward is normalised within its group")),
                List.of(new MisconceptionVerdict("needs-critic", true, "It also trains a small critic")));

        Grade grade = ChecklistGrade.of(RUBRIC, ANSWER, embedded(4.0), checklist);

        assertThat(grade.score()).isEqualTo(3.5);
        assertThat(grade.misconceptions()).singleElement().satisfies(m -> assertThat(m.evidence()).isEqualTo("It also trains a small critic"));
    }

    @Test
    void theEmbeddedGradeBoundsTheJudgeBothWays() {
        Checklist all = new Checklist(List.of(
                new KeyPointVerdict("no-critic", true, "drops the value model entirely"),
                new KeyPointVerdict("group-baseline", true, "Each reward is normalised within its group")), List.of());
        Checklist none = new Checklist(List.of(new KeyPointVerdict("no-critic", false, ""), new KeyPointVerdict("group-baseline", false, "")), List.of());

        assertThat(ChecklistGrade.of(RUBRIC, ANSWER, embedded(1.0), all).score()).isEqualTo(2.5);
        assertThat(ChecklistGrade.of(RUBRIC, ANSWER, embedded(4.5), none).score()).isEqualTo(3.0);
    }

    @Test
    void aChecklistThatJudgesNoKnownKeyPointIsRejected() {
        assertThatThrownBy(() -> ChecklistGrade.of(RUBRIC, ANSWER, embedded(2), new Checklist(List.of(new KeyPointVerdict("made-up", true, "drops the value model")), null)))
                .isInstanceOf(UnusableReplyException.class);
        assertThatThrownBy(() -> ChecklistGrade.of(RUBRIC, ANSWER, embedded(2), new Checklist(null, null))).isInstanceOf(UnusableReplyException.class);
    }
}
