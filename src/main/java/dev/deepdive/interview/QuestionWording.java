package dev.deepdive.interview;

/**
 * Puts the question the engine chose into words. The engine decides what to ask; a wording decides how to say it,
 * and says which it did: the bank's own text or a model's phrasing.
 */
public interface QuestionWording {
    AskedQuestion word(Interview interview, AskedQuestion question, ZoomMove move);

    /** The bank's own words, always available. */
    QuestionWording BANK = (interview, question, move) -> question;
}
