package dev.deepdive.grading;

import java.util.List;
import java.util.Set;

/**
 * Cues that a sentence talks about the same thing as a key point but says the opposite: a term one of them negates
 * stands un-negated in the other, or they use the two ends of an antonym pair. Negation is scoped to the few words
 * after it, so "it reduces variance; it does not bias the gradient" contradicts neither of its two halves.
 */
final class Contradictions {
    private static final double SAME_TOPIC = 0.7;
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "cannot");
    private static final int NEGATION_SCOPE = 3;
    private static final Set<String> CLAUSE_WORDS = Set.of("because", "but", "while", "although", "whereas", "and", "or", "so",
            "which", "that", "since", "when", "if", "unless", "though");
    private static final List<String[]> ANTONYMS = List.of(
            pair("more", "less"), pair("more", "fewer"), pair("increase", "decrease"), pair("high", "low"),
            pair("large", "small"), pair("big", "small"), pair("bigger", "smaller"), pair("hard", "soft"),
            pair("hot", "cold"), pair("warm", "cool"), pair("attract", "repel"), pair("positive", "negative"),
            pair("same", "different"), pair("open", "closed"), pair("series", "parallel"),
            pair("conductor", "insulator"), pair("fast", "slow"), pair("heavy", "light"), pair("heavier", "lighter"),
            pair("long", "short"), pair("before", "after"), pair("add", "remove"), pair("gain", "lose"),
            pair("expand", "contract"), pair("absorb", "reflect"), pair("online", "offline"),
            pair("maximize", "minimize"), pair("top", "bottom"), pair("strong", "weak"), pair("true", "false"),
            pair("correct", "incorrect"), pair("inside", "outside"), pair("rise", "fall"), pair("float", "sink"));

    private Contradictions() {
    }

    static boolean between(String sentence, Set<String> sentenceTerms, String keyPoint, Set<String> keyPointTerms) {
        if (keyPointTerms.isEmpty()) return false;
        long shared = keyPointTerms.stream().filter(sentenceTerms::contains).count();
        if (shared < 1 || shared < SAME_TOPIC * keyPointTerms.size()) return false;
        Set<String> negatedInSentence = negatedTerms(sentence);
        Set<String> negatedInKeyPoint = negatedTerms(keyPoint);
        return flipped(negatedInKeyPoint, sentenceTerms, negatedInSentence) || flipped(negatedInSentence, keyPointTerms, negatedInKeyPoint)
                || opposed(stems(sentence), stems(keyPoint));
    }

    /** Whether a term negated on one side appears on the other side without its negation. */
    private static boolean flipped(Set<String> negated, Set<String> otherTerms, Set<String> negatedInOther) {
        return negated.stream().anyMatch(t -> otherTerms.contains(t) && !negatedInOther.contains(t));
    }

    /** The content stems within a few words after each negation, up to the end of its clause. */
    private static Set<String> negatedTerms(String text) {
        Set<String> negated = new java.util.HashSet<>();
        int scope = 0;
        for (String w : Terms.words(text)) {
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                scope = NEGATION_SCOPE;
            } else if (CLAUSE_WORDS.contains(w)) {
                scope = 0;
            } else if (scope > 0 && Terms.isContent(w)) {
                negated.add(Terms.stem(w));
                scope--;
            }
        }
        return negated;
    }

    private static boolean opposed(Set<String> a, Set<String> b) {
        for (String[] pair : ANTONYMS) {
            if (has(a, pair[0]) && !has(a, pair[1]) && has(b, pair[1]) && !has(b, pair[0])) return true;
            if (has(a, pair[1]) && !has(a, pair[0]) && has(b, pair[0]) && !has(b, pair[1])) return true;
        }
        return false;
    }

    private static Set<String> stems(String text) {
        return Set.copyOf(Terms.words(text).stream().map(Terms::stem).toList());
    }

    private static boolean has(Set<String> stems, String stem) {
        return stems.contains(stem);
    }

    private static String[] pair(String a, String b) {
        return new String[]{Terms.stem(a), Terms.stem(b)};
    }
}
