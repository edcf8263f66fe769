package dev.deepdive.grading;

import java.util.Map;
import java.util.Set;

/**
 * How many of a key point's own words an answer says, where a close word counts in part: "heat" for "warm",
 * "evaporates" for "dries up". Exact stems count fully; otherwise each wanted word takes its best match among the
 * answer's words by word-embedding cosine, ramped from {@value #WORD_FLOOR} (unrelated) to {@value #WORD_CEILING}
 * (the same idea). Students and candidates rarely reuse the reference's exact vocabulary.
 */
final class WordRecall {
    static final double WORD_FLOOR = 0.5;
    static final double WORD_CEILING = 0.9;

    private WordRecall() {
    }

    /**
     * @param wanted  the key point's own stems with their word vectors
     * @param present the stems of the sentence (or answer) being matched
     * @param vectors word vectors of every stem in the answer
     */
    static double of(Map<String, float[]> wanted, Set<String> present, Map<String, float[]> vectors) {
        if (wanted.isEmpty()) return 0;
        double sum = 0;
        for (Map.Entry<String, float[]> word : wanted.entrySet()) {
            if (present.contains(word.getKey())) {
                sum += 1;
                continue;
            }
            double best = 0;
            for (String stem : present) best = Math.max(best, Vectors.cosine(word.getValue(), vectors.get(stem)));
            sum += Math.max(0, Math.min(1, (best - WORD_FLOOR) / (WORD_CEILING - WORD_FLOOR)));
        }
        return sum / wanted.size();
    }
}
