package dev.deepdive.model;

import dev.deepdive.bank.KeyPoint;
import dev.deepdive.bank.Misconception;
import dev.deepdive.grading.Grade;
import dev.deepdive.grading.GradedBy;
import dev.deepdive.grading.KeyPointResult;
import dev.deepdive.grading.MisconceptionFound;
import dev.deepdive.grading.Rubric;
import dev.deepdive.grading.Verdict;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the judge's checklist into a grade, trusting only what it can check. The model reports evidence; the score is
 * computed here, and the embedded grade bounds it:
 * <ul>
 * <li>A key point is credited only if the judge says it is covered <em>and</em> its quote is verbatim in the answer
 * ({@link Quotes}). A misconception counts only with a verbatim quote too. A claim with a fabricated quote is dropped,
 * and so is a verdict on an id the rubric does not have.</li>
 * <li>Score = 5 × covered weight / total weight − {@value #MISCONCEPTION_COST} per misconception, clamped to 0–5.</li>
 * <li>The result stays within {@value #BAND} of the embedded score (one verdict band): the judge can credit a paraphrase
 * the embeddings missed or catch a subtle error, but an answer that talks the judge into full marks gains at most
 * {@value #BAND} over what its text earns on its own.</li>
 * <li>A non-answer keeps its embedded grade: the judge is not asked.</li>
 * </ul>
 */
final class ChecklistGrade {
    static final double MISCONCEPTION_COST = 1.5;
    static final double BAND = 1.5;
    private static final int NAMED_MISSES = 2;

    private ChecklistGrade() {
    }

    /** The model's grade, bounded by the embedded one; rejects a checklist that judges none of the key points. */
    static Grade of(Rubric rubric, String answer, Grade embedded, Checklist checklist) {
        if (checklist == null || checklist.keyPoints() == null || checklist.keyPoints().stream().filter(Objects::nonNull)
                .noneMatch(v -> rubric.keyPoints().stream().anyMatch(k -> k.id().equals(v.id()))))
            throw new UnusableReplyException("the checklist judges none of the rubric's key points");
        Map<String, Checklist.KeyPointVerdict> points = byId(checklist.keyPoints(), Checklist.KeyPointVerdict::id);
        Map<String, Checklist.MisconceptionVerdict> wrongs = byId(checklist.misconceptions(), Checklist.MisconceptionVerdict::id);

        List<KeyPointResult> results = rubric.keyPoints().stream().map(k -> result(k, points.get(k.id()), answer)).toList();
        List<MisconceptionFound> found = rubric.misconceptions().stream()
                .map(m -> found(m, wrongs.get(m.id()), answer)).flatMap(Optional::stream).toList();

        double coverage = results.stream().filter(KeyPointResult::covered).mapToDouble(KeyPointResult::weight).sum() / rubric.totalWeight();
        double judged = Grade.MAX * coverage - MISCONCEPTION_COST * found.size();
        double low = Math.max(0, embedded.score() - BAND);
        double high = Math.min(Grade.MAX, embedded.score() + BAND);
        double score = Math.round(Math.max(low, Math.min(high, judged)) * 10) / 10.0;
        return new Grade(score, Verdict.of(score), results, found, feedback(results, found), GradedBy.MODEL);
    }

    private static KeyPointResult result(KeyPoint k, Checklist.KeyPointVerdict verdict, String answer) {
        Optional<String> quote = verdict != null && verdict.covered() ? Quotes.verified(verdict.quote(), answer) : Optional.empty();
        return new KeyPointResult(k.id(), k.text(), k.weight(), quote.isPresent(), quote.orElse(null));
    }

    private static Optional<MisconceptionFound> found(Misconception m, Checklist.MisconceptionVerdict verdict, String answer) {
        if (verdict == null || !verdict.present()) return Optional.empty();
        return Quotes.verified(verdict.quote(), answer).map(q -> new MisconceptionFound(m.id(), m.text(), q));
    }

    private static String feedback(List<KeyPointResult> results, List<MisconceptionFound> found) {
        List<KeyPointResult> missed = results.stream().filter(r -> !r.covered())
                .sorted(Comparator.comparingDouble(KeyPointResult::weight).reversed()).limit(NAMED_MISSES).toList();
        long covered = results.stream().filter(KeyPointResult::covered).count();
        String coverage = missed.isEmpty() ? "Covers all " + results.size() + " key points."
                : "Covers " + covered + " of " + results.size() + " key points; missing: "
                + missed.stream().map(r -> r.text().replaceAll("[.\\s]+$", "")).collect(Collectors.joining("; ")) + ".";
        if (found.isEmpty()) return coverage;
        String wrong = found.get(0).text();
        return coverage + " Reconsider: " + wrong + (wrong.endsWith(".") ? "" : ".");
    }

    private static <V> Map<String, V> byId(List<V> verdicts, Function<V, String> id) {
        if (verdicts == null) return Map.of();
        return verdicts.stream().filter(v -> v != null && id.apply(v) != null)
                .collect(Collectors.toMap(id, Function.identity(), (first, second) -> first));
    }
}
