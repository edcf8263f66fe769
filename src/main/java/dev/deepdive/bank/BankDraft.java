package dev.deepdive.bank;

import java.util.List;

/** A bank as read from its files, before the cross-references between entries have been checked. */
public record BankDraft(Located<String> entryTopic, List<Stage> stages, List<Located<Topic>> topics,
                        List<Located<Question>> questions) {
    public BankDraft {
        stages = List.copyOf(stages);
        topics = List.copyOf(topics);
        questions = List.copyOf(questions);
    }
}
