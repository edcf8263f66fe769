package dev.deepdive.interview;

import dev.deepdive.bank.KeyPoint;
import dev.deepdive.grading.Grade;
import dev.deepdive.grading.GradedBy;
import dev.deepdive.grading.Grader;
import dev.deepdive.grading.KeyPointResult;
import dev.deepdive.grading.Rubric;
import dev.deepdive.grading.Verdict;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A grader that hands out scores in the order a test scripts them, crediting the rubric's last key points first. */
public final class ScriptedGrader implements Grader {
    private final Deque<Double> scores = new ArrayDeque<>();
    private final List<Rubric> seen = new ArrayList<>();

    public ScriptedGrader then(double... next) {
        for (double s : next) scores.add(s);
        return this;
    }

    public List<Rubric> seen() {
        return seen;
    }

    @Override
    public Grade grade(Rubric rubric, String answer) {
        seen.add(rubric);
        double score = scores.isEmpty() ? 0 : scores.poll();
        int covered = (int) Math.round(rubric.keyPoints().size() * score / Grade.MAX);
        List<KeyPointResult> results = new ArrayList<>();
        for (int i = 0; i < rubric.keyPoints().size(); i++) {
            KeyPoint k = rubric.keyPoints().get(i);
            boolean credited = i >= rubric.keyPoints().size() - covered;
            results.add(new KeyPointResult(k.id(), k.text(), k.weight(), credited, credited ? answer : null));
        }
        Verdict verdict = score == 0 ? Verdict.NO_ANSWER : Verdict.of(score);
        return new Grade(score, verdict, results, List.of(), "Scripted feedback.", GradedBy.EMBEDDED);
    }
}
