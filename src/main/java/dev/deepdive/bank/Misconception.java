package dev.deepdive.bank;

/** A wrong belief that weak candidates voice; finding it in an answer costs credit and is pointed out. */
public record Misconception(String id, String text) {
    public Misconception {
        Ids.require(id, "misconception id");
        Texts.require(text, "misconception text");
    }
}
