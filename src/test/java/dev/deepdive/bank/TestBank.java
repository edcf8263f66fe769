package dev.deepdive.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small map in code for engine tests: GRPO (rlvr) zooms in to group advantages and out to PPO, PPO to policy
 * gradients; SFT and pre-training sit in stages of their own.
 */
public final class TestBank {
    private final List<Located<Topic>> topics = new ArrayList<>();
    private final List<Located<Question>> questions = new ArrayList<>();
    private final List<Stage> stages = List.of(new Stage("rl-foundations", "RL foundations"), new Stage("pretraining", "Pre-training"),
            new Stage("sft", "SFT"), new Stage("rlvr", "RLVR"));

    public static QuestionBank standard() {
        return new TestBank()
                .topic("policy-gradient", "rl-foundations", null, List.of("ppo"), List.of())
                .topic("ppo", "rl-foundations", "policy-gradient", List.of(), List.of("policy-gradient"))
                .topic("pretraining", "pretraining", null, List.of(), List.of())
                .topic("sft", "sft", null, List.of(), List.of("pretraining"))
                .topic("grpo", "rlvr", null, List.of("grpo-advantages"), List.of("ppo"))
                .topic("grpo-advantages", "rlvr", "grpo", List.of(), List.of())
                .questions("policy-gradient", 1, 2, 3)
                .questions("ppo", 1, 2, 3, 4)
                .questions("pretraining", 1, 2)
                .questions("sft", 1, 2, 3)
                .questions("grpo", 1, 2, 3, 4, 5)
                .questions("grpo-advantages", 2, 3, 4)
                .build();
    }

    public TestBank topic(String id, String stage, String parent, List<String> children, List<String> prerequisites) {
        topics.add(new Located<>(new Topic(id, title(id), stage, "About " + id + ".", Optional.ofNullable(parent), children,
                prerequisites, List.of("A book about " + id)), new SourceLocation(id + ".yaml", 1)));
        return this;
    }

    /** One question per difficulty given, ids {@code <topic>-<difficulty>}, each with three key points and a follow-up. */
    public TestBank questions(String topic, int... difficulties) {
        for (int d : difficulties) questions.add(new Located<>(question(topic, d), new SourceLocation(topic + ".yaml", 10 * d)));
        return this;
    }

    public static Question question(String topic, int difficulty) {
        String id = topic + "-" + difficulty;
        return new Question(id, topic, difficulty, "Question " + id + "?", "The reference answer of " + id + ".",
                List.of(new KeyPoint("first", "First point of " + id, 3), new KeyPoint("second", "Second point of " + id, 2),
                        new KeyPoint("third", "Third point of " + id, 1)),
                List.of(new Misconception("wrong", "A wrong idea about " + id)),
                List.of(new FollowUp("first", "What about the first point of " + id + "?")),
                List.of("First hint for " + id, "Second hint for " + id), List.of("Paper on " + id + ", §1"));
    }

    public QuestionBank build() {
        return QuestionBank.of(new BankDraft(new Located<>("grpo", new SourceLocation("bank.yaml", 1)), stages, topics, questions));
    }

    private static String title(String id) {
        return id.toUpperCase().replace('-', ' ');
    }
}
