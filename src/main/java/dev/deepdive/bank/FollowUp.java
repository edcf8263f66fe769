package dev.deepdive.bank;

/** A probing question an interviewer asks when one key point is missing from an otherwise decent answer. */
public record FollowUp(String probes, String text) {
    public FollowUp {
        Ids.require(probes, "key point id");
        text = Texts.require(text, "follow-up text");
    }
}
