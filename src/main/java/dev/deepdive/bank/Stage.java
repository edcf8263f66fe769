package dev.deepdive.bank;

/** A column of the post-training map (pre-training, SFT, preference, RLVR...), in the bank's left-to-right order. */
public record Stage(String id, String title) {
    public Stage {
        Ids.require(id, "stage id");
        title = Texts.require(title, "stage title");
    }
}
