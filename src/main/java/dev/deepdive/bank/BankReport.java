package dev.deepdive.bank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How the bank's questions spread over stages, topics and difficulties, so curators see where it is thin. */
public record BankReport(int topics, int questions, Map<Integer, Integer> byDifficulty, List<StageCount> stages) {

    /** The questions of one stage, per topic and per difficulty. */
    public record StageCount(String stage, String title, int topics, int questions, Map<Integer, Integer> byDifficulty,
                             List<TopicCount> topicCounts) {
    }

    /** The questions of one topic, per difficulty. */
    public record TopicCount(String topic, String title, int questions, Map<Integer, Integer> byDifficulty) {
    }

    public static BankReport of(QuestionBank bank) {
        List<StageCount> stages = bank.stages().stream().map(stage -> {
            List<TopicCount> topics = bank.topics().stream().filter(t -> t.stage().equals(stage.id()))
                    .map(t -> new TopicCount(t.id(), t.title(), bank.questionsOf(t.id()).size(), spread(bank.questionsOf(t.id()))))
                    .toList();
            List<Question> questions = topics.stream().flatMap(t -> bank.questionsOf(t.topic()).stream()).toList();
            return new StageCount(stage.id(), stage.title(), topics.size(), questions.size(), spread(questions), topics);
        }).toList();
        return new BankReport(bank.topics().size(), bank.questions().size(), spread(bank.questions()), stages);
    }

    private static Map<Integer, Integer> spread(List<Question> questions) {
        Map<Integer, Integer> counts = new TreeMap<>();
        questions.forEach(q -> counts.merge(q.difficulty(), 1, Integer::sum));
        return new LinkedHashMap<>(counts);
    }
}
