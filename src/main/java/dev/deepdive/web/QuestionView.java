package dev.deepdive.web;

/** A question as shown to the candidate: never its reference answer; {@code hints} is how many the bank holds for it. */
public record QuestionView(String id, String topicId, String topicTitle, int difficulty, String kind, String text, String wordedBy,
                           int hints) {
}
