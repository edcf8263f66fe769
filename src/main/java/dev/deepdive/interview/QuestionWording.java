package dev.deepdive.interview;

import java.util.function.Consumer;

/**
 * Puts the question the engine chose into words. The engine decides what to ask; a wording decides how to say it,
 * and says which it did: the bank's own text or a model's phrasing. The words go to {@code tokens} as they are
 * produced, so a client can show them while the rest is still coming; the returned question holds the final text.
 */
public interface QuestionWording {
    AskedQuestion word(Interview interview, AskedQuestion question, ZoomMove move, Consumer<String> tokens);

    /** The bank's own words, always available, in one piece. */
    QuestionWording BANK = (interview, question, move, tokens) -> {
        tokens.accept(question.text());
        return question;
    };
}
