package dev.deepdive.interview;

import dev.deepdive.bank.FollowUp;
import dev.deepdive.bank.Question;

import java.util.Optional;

/** What the engine decided to do next: a move and, unless the move ends the interview, the question to ask. */
public record Plan(ZoomMove move, Optional<Question> question, Optional<FollowUp> followUp) {
    static Plan ask(ZoomMove move, Question question) {
        return new Plan(move, Optional.of(question), Optional.empty());
    }

    static Plan followUp(ZoomMove move, Question question, FollowUp followUp) {
        return new Plan(move, Optional.of(question), Optional.of(followUp));
    }

    static Plan end(ZoomMove move) {
        return new Plan(move, Optional.empty(), Optional.empty());
    }

    /** The question as the bank words it; a wording adapter may rephrase it. */
    public Optional<AskedQuestion> asked() {
        return question.map(q -> new AskedQuestion(q.id(), q.topicId(), q.difficulty(),
                followUp.map(FollowUp::probes).orElse(null), followUp.map(FollowUp::text).orElse(q.text()), WordedBy.BANK));
    }
}
