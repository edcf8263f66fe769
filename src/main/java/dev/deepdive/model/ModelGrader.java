package dev.deepdive.model;

import dev.deepdive.config.DeepdiveConfig;
import dev.deepdive.grading.EmbeddedGrader;
import dev.deepdive.grading.Grade;
import dev.deepdive.grading.Grader;
import dev.deepdive.grading.Rubric;
import dev.deepdive.grading.Verdict;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Grades with the embedded grader first, then lets the model judge the rubric checklist within the bounds
 * {@link ChecklistGrade} sets. When the judge is off, out, slow or unreadable, the embedded grade stands and says so
 * ({@code gradedBy} EMBEDDED).
 */
@ApplicationScoped
public class ModelGrader implements Grader {
    private final EmbeddedGrader embedded;
    private final ModelStatus status;
    private final ModelCalls calls;
    private final boolean judge;

    ModelGrader(EmbeddedGrader embedded, ModelStatus status, ModelCalls calls, DeepdiveConfig config) {
        this.embedded = embedded;
        this.status = status;
        this.calls = calls;
        this.judge = config.model().judge();
    }

    @Override
    public Grade grade(Rubric rubric, String answer) {
        Grade bound = embedded.grade(rubric, answer);
        if (!judge || bound.verdict() == Verdict.NO_ANSWER || !status.worthTrying()) return bound;
        try {
            Checklist checklist = calls.judge(rubric.question(),
                    rubric.keyPoints().stream().map(k -> new RubricLine(k.id(), k.text())).toList(),
                    rubric.misconceptions().stream().map(m -> new RubricLine(m.id(), m.text())).toList(), Delimiters.neutralised(answer));
            return ChecklistGrade.of(rubric, answer, bound, checklist);
        } catch (ModelUnavailableException | UnusableReplyException e) {
            Log.infof("The embedded grade stands: %s", e.getMessage());
            return bound;
        }
    }
}
