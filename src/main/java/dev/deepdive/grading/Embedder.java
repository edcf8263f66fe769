package dev.deepdive.grading;

import java.util.List;

/** Turns sentences into vectors whose cosine similarity tracks meaning. The grader's only window on a model. */
public interface Embedder {
    float[] embed(String text);

    default List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }
}
