package dev.deepdive.bank;

/** One idea a strong answer must contain; the weight says how much of the score it carries. */
public record KeyPoint(String id, String text, double weight) {
    public KeyPoint {
        Ids.require(id, "key point id");
        Texts.require(text, "key point text");
        if (!(weight > 0)) throw new IllegalArgumentException("key point weight must be positive: " + weight);
    }
}
