package dev.deepdive.bank;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The validated map of topics and its questions: the knowledge the interview engine steers through. */
public final class QuestionBank {
    private static final Comparator<Question> EASIEST_FIRST = Comparator.comparingInt(Question::difficulty).thenComparing(Question::id);

    private final String entryTopic;
    private final List<Stage> stages;
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<String, List<Question>> questionsByTopic;

    private QuestionBank(BankDraft draft) {
        this.entryTopic = draft.entryTopic().value();
        this.stages = draft.stages();
        List<String> stageOrder = stages.stream().map(Stage::id).toList();
        draft.topics().stream().map(Located::value)
                .sorted(Comparator.comparingInt((Topic t) -> stageOrder.indexOf(t.stage())))
                .forEach(t -> topics.put(t.id(), t));
        draft.questions().stream().map(Located::value).sorted(EASIEST_FIRST).forEach(q -> questions.put(q.id(), q));
        this.questionsByTopic = questions.values().stream()
                .collect(Collectors.groupingBy(Question::topicId, LinkedHashMap::new, Collectors.toUnmodifiableList()));
    }

    /** Validates the draft as a whole; throws listing every problem with its file and line. */
    public static QuestionBank of(BankDraft draft) {
        List<BankProblem> problems = new BankValidator(draft).problems();
        if (!problems.isEmpty()) throw new InvalidBankException(problems);
        return new QuestionBank(draft);
    }

    public Topic entryTopic() {
        return topics.get(entryTopic);
    }

    public List<Stage> stages() {
        return stages;
    }

    public int stageIndex(String stageId) {
        for (int i = 0; i < stages.size(); i++) if (stages.get(i).id().equals(stageId)) return i;
        throw new IllegalArgumentException("unknown stage " + stageId);
    }

    /** Every topic, stage by stage from left to right. */
    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    /** All questions, easiest first. */
    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    /** The questions of one topic, easiest first. */
    public List<Question> questionsOf(String topicId) {
        return questionsByTopic.getOrDefault(topicId, List.of());
    }
}
