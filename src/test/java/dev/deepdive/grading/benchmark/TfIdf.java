package dev.deepdive.grading.benchmark;

import dev.deepdive.grading.Terms;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The classic lexical baseline: cosine of tf-idf vectors over content-word stems, idf from the whole set. */
final class TfIdf {
    private final Map<String, Double> idf = new HashMap<>();
    private final double unseen;

    TfIdf(Collection<String> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (String document : documents) Terms.content(document).forEach(t -> df.merge(t, 1, Integer::sum));
        df.forEach((term, n) -> idf.put(term, Math.log((1.0 + documents.size()) / (1 + n)) + 1));
        unseen = Math.log(1.0 + documents.size()) + 1;
    }

    double cosine(String a, String b) {
        Map<String, Double> va = vector(a), vb = vector(b);
        double dot = 0, na = 0, nb = 0;
        for (var e : va.entrySet()) {
            dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
            na += e.getValue() * e.getValue();
        }
        for (double v : vb.values()) nb += v * v;
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private Map<String, Double> vector(String text) {
        Map<String, Double> tf = new HashMap<>();
        List<String> words = Terms.words(text).stream().filter(Terms::isContent).map(Terms::stem).toList();
        words.forEach(w -> tf.merge(w, 1.0, Double::sum));
        tf.replaceAll((term, n) -> n * idf.getOrDefault(term, unseen));
        return tf;
    }
}
