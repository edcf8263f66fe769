package dev.deepdive.grading;

import java.util.HashSet;
import java.util.Set;

/**
 * Tells a refutation from an assertion: a sentence that negates what a claim asserts (or asserts what it negates)
 * is arguing against it. Negation is scoped to a few words after it, up to the end of its clause, so "it reduces
 * variance; it does not bias the gradient" refutes neither of its two halves.
 */
final class Negations {
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "cannot", "neither", "nor");
    private static final int SCOPE = 3;
    private static final Set<String> CLAUSE_WORDS = Set.of("because", "but", "while", "although", "whereas", "and", "or", "so",
            "which", "that", "since", "when", "if", "unless", "though");

    private Negations() {
    }

    /** Whether {@code sentence} says the opposite of {@code claim} about a term they share. */
    static boolean refutes(String sentence, Set<String> sentenceTerms, String claim, Set<String> claimTerms) {
        Set<String> negatedInSentence = negatedTerms(sentence);
        Set<String> negatedInClaim = negatedTerms(claim);
        return flipped(negatedInClaim, sentenceTerms, negatedInSentence) || flipped(negatedInSentence, claimTerms, negatedInClaim);
    }

    private static boolean flipped(Set<String> negated, Set<String> otherTerms, Set<String> negatedInOther) {
        return negated.stream().anyMatch(t -> otherTerms.contains(t) && !negatedInOther.contains(t));
    }

    /** The content stems within a few words after each negation, up to the end of its clause. */
    private static Set<String> negatedTerms(String text) {
        Set<String> negated = new HashSet<>();
        int scope = 0;
        for (String w : Terms.words(text)) {
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                scope = SCOPE;
            } else if (CLAUSE_WORDS.contains(w)) {
                scope = 0;
            } else if (scope > 0 && Terms.isContent(w)) {
                negated.add(Terms.stem(w));
                scope--;
            }
        }
        return negated;
    }
}
