package dev.deepdive.grading;

import dev.deepdive.bank.KeyPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Derives a checklist from a reference answer, clause by clause, for rubrics that come with a reference answer
 * only (ad-hoc grading requests, benchmark sets). Each clause that says something of its own becomes a key point
 * weighted by how many content words it carries.
 */
public final class ReferenceKeyPoints {
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "\\s*;\\s*|,\\s+(?=(and|but|while|whereas|which|so|because|since|then)\\b)"
                    + "|\\s+(?=(because|whereas|while|so that|which means|in order to)\\b)");
    private static final int MIN_CONTENT_WORDS = 3;

    private ReferenceKeyPoints() {
    }

    public static List<KeyPoint> derive(String referenceAnswer) {
        List<String> clauses = new ArrayList<>();
        for (String sentence : Sentences.of(referenceAnswer)) {
            for (String clause : CLAUSE_BREAK.split(sentence)) {
                if (clause.isBlank()) continue;
                if (!clauses.isEmpty() && contentWords(clause) < MIN_CONTENT_WORDS) {
                    clauses.set(clauses.size() - 1, clauses.get(clauses.size() - 1) + " " + clause.strip());
                } else {
                    clauses.add(clause.strip());
                }
            }
        }
        if (clauses.size() > 1 && contentWords(clauses.get(0)) < MIN_CONTENT_WORDS) {
            String first = clauses.remove(0);
            clauses.set(0, first + " " + clauses.get(0));
        }
        List<KeyPoint> keyPoints = new ArrayList<>();
        for (String clause : clauses) {
            if (contentWords(clause) == 0) continue;
            keyPoints.add(new KeyPoint("clause-" + (keyPoints.size() + 1), clause, Math.max(1, contentWords(clause))));
        }
        if (keyPoints.isEmpty()) keyPoints.add(new KeyPoint("clause-1", referenceAnswer.strip(), 1));
        return List.copyOf(keyPoints);
    }

    private static long contentWords(String text) {
        return Terms.content(text).size();
    }
}
