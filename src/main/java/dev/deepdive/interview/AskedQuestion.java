package dev.deepdive.interview;

/**
 * A question as it was put to the candidate. Refers to the bank by id and keeps the words actually used; a follow-up
 * names the key point it probes.
 */
public record AskedQuestion(String questionId, String topicId, int difficulty, String probes, String text, WordedBy wordedBy) {
    public AskedQuestion {
        if (questionId == null || topicId == null || text == null || text.isBlank() || wordedBy == null)
            throw new IllegalArgumentException("an asked question needs its question id, topic, text and wording source");
    }

    public boolean isFollowUp() {
        return probes != null;
    }

    public AskedQuestion wordedAs(String newText, WordedBy by) {
        return new AskedQuestion(questionId, topicId, difficulty, probes, newText, by);
    }
}
