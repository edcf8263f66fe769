package dev.deepdive.grading;

import dev.deepdive.bank.KeyPoint;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One or two sentences telling the candidate what was missing or wrong. A key point copied from the reference
 * answer is named by its key terms instead of quoted, so feedback never hands out the model answer.
 */
final class Feedback {
    static final String NO_ATTEMPT = "No attempt to answer the question was recognised, so no credit was given.";
    private static final int NAMED_MISSES = 2;
    private static final int KEY_TERMS = 4;

    private Feedback() {
    }

    static String of(Rubric rubric, List<KeyPointMatch> matches, List<MisconceptionFound> wrong) {
        List<KeyPoint> missed = matches.stream().filter(m -> !m.covered()).map(KeyPointMatch::keyPoint)
                .sorted(Comparator.comparingDouble(KeyPoint::weight).reversed()).limit(NAMED_MISSES).toList();
        long covered = matches.stream().filter(KeyPointMatch::covered).count();
        String coverage = missed.isEmpty()
                ? "Covers all " + matches.size() + " key points."
                : "Covers " + covered + " of " + matches.size() + " key points; missing: "
                + missed.stream().map(k -> name(rubric, k)).collect(Collectors.joining("; ")) + ".";
        if (wrong.isEmpty()) return coverage;
        return coverage + " Reconsider: " + wrong.get(0).text() + (wrong.get(0).text().endsWith(".") ? "" : ".");
    }

    static String name(Rubric rubric, KeyPoint keyPoint) {
        String text = keyPoint.text().replaceAll("[.\\s]+$", "");
        if (!rubric.referenceAnswer().contains(text)) return text;
        Set<String> questionTerms = Terms.content(rubric.question());
        List<String> terms = Terms.words(text).stream().filter(Terms::isContent)
                .filter(w -> !questionTerms.contains(Terms.stem(w))).distinct().limit(KEY_TERMS).toList();
        return terms.isEmpty() ? "a point of the reference answer" : "the point about " + String.join(", ", terms);
    }
}
