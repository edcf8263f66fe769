package dev.deepdive.grading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An answer cut into sentences, each with its embedding, its content stems and how much it reads like prose
 * rather than a bag of key terms. The whole answer is kept as one more unit for points spread over sentences.
 * Each unit has two embeddings: of the text as written, and "focused" on the text without the question's words.
 * Every content stem of the answer also has the embedding of its word, for matching close words to a key point's.
 */
record AnswerText(String text, List<String> sentences, List<float[]> vectors, List<float[]> focused,
                  List<Set<String>> terms, List<Double> prose, float[] whole, float[] wholeFocused, Set<String> allTerms,
                  Map<String, float[]> wordVectors) {
    private static final int BAG_MIN_WORDS = 6;
    private static final double PROSE_FUNCTION_SHARE = 0.22;
    private static final double BAG_CREDIT = 0.35;

    static AnswerText of(String answer, Embedder embedder, Set<String> questionTerms) {
        List<String> sentences = Sentences.of(answer);
        if (sentences.isEmpty()) sentences = List.of(answer.strip());
        List<float[]> vectors = embedder.embedAll(sentences);
        List<float[]> focused = embedder.embedAll(sentences.stream().map(s -> Terms.demote(s, questionTerms)).toList());
        boolean single = sentences.size() == 1;
        return new AnswerText(answer, sentences, vectors, focused, sentences.stream().map(Terms::content).toList(),
                sentences.stream().map(AnswerText::prose).toList(),
                single ? vectors.get(0) : embedder.embed(answer.strip()),
                single ? focused.get(0) : embedder.embed(Terms.demote(answer, questionTerms)), Terms.content(answer),
                wordVectors(answer, embedder));
    }

    static Map<String, float[]> wordVectors(String text, Embedder embedder) {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        Terms.contentWords(text).forEach((stem, word) -> vectors.put(stem, embedder.embed(word)));
        return vectors;
    }

    int size() {
        return sentences.size();
    }

    /** 1 for ordinary prose, down to {@value #BAG_CREDIT} for a list of terms with no words holding them together. */
    static double prose(String sentence) {
        List<String> words = Terms.words(sentence);
        if (words.size() < BAG_MIN_WORDS) return 1.0;
        double share = words.stream().filter(Terms::isFunctionWord).count() / (double) words.size();
        return Math.max(BAG_CREDIT, Math.min(1.0, share / PROSE_FUNCTION_SHARE));
    }
}
