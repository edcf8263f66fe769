package dev.deepdive.bank;

import java.util.List;
import java.util.Optional;

/** A curated question with everything needed to grade an answer and to teach from it afterwards. */
public record Question(String id, String topicId, int difficulty, String text, String referenceAnswer,
                       List<KeyPoint> keyPoints, List<Misconception> misconceptions, List<FollowUp> followUps,
                       List<String> hints, List<String> sources) {
    public static final int EASIEST = 1;
    public static final int HARDEST = 5;

    public Question {
        Ids.require(id, "question id");
        Ids.require(topicId, "topic id");
        if (difficulty < EASIEST || difficulty > HARDEST)
            throw new IllegalArgumentException("difficulty must be 1 to 5: " + difficulty);
        text = Texts.require(text, "question text");
        referenceAnswer = Texts.require(referenceAnswer, "reference answer");
        keyPoints = List.copyOf(keyPoints);
        misconceptions = List.copyOf(misconceptions);
        followUps = List.copyOf(followUps);
        hints = List.copyOf(hints);
        sources = List.copyOf(sources);
        if (keyPoints.isEmpty()) throw new IllegalArgumentException("question " + id + " has no key points");
    }

    public Optional<KeyPoint> keyPoint(String keyPointId) {
        return keyPoints.stream().filter(k -> k.id().equals(keyPointId)).findFirst();
    }
}
