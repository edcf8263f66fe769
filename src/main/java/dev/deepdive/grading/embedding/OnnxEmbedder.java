package dev.deepdive.grading.embedding;

import dev.deepdive.grading.Embedder;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sentence embeddings computed in-process by an ONNX model shipped inside a jar: no network, no model server.
 * Safe to share between threads. Key points and reference answers are embedded for every answer graded, so a
 * bounded cache keeps their vectors.
 */
public final class OnnxEmbedder implements Embedder {
    /** The model the service uses; docs/grading.md has the measurements behind the choice. */
    public static final String DEFAULT_MODEL = "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel";
    public static final int DEFAULT_CACHE_SIZE = 20_000;

    static {
        // DJL's tokenizer reports home to a cloud metadata address unless told it is offline or opted out;
        // both flags are read through System properties as well as the environment, before the tokenizer loads.
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    private final EmbeddingModel model;
    private final Map<String, float[]> cache;

    public OnnxEmbedder(Supplier<EmbeddingModel> model, int cacheSize) {
        this.model = model.get();
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /** The default model with the default cache. */
    public static OnnxEmbedder standard() {
        return named(DEFAULT_MODEL);
    }

    /** Any of langchain4j's in-process embedding models on the class path, by class name (for benchmarks). */
    public static OnnxEmbedder named(String modelClass) {
        return new OnnxEmbedder(() -> instantiate(modelClass), DEFAULT_CACHE_SIZE);
    }

    @Override
    public float[] embed(String text) {
        float[] cached;
        synchronized (cache) {
            cached = cache.get(text);
        }
        if (cached == null) {
            cached = model.embed(text).content().vector();
            synchronized (cache) {
                cache.put(text, cached);
            }
        }
        return cached.clone();
    }

    private static EmbeddingModel instantiate(String modelClass) {
        try {
            return (EmbeddingModel) Class.forName(modelClass).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException("not an in-process embedding model on the class path: " + modelClass, e);
        }
    }
}
