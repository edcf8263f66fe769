package dev.deepdive.bank.yaml;

import dev.deepdive.bank.BankDraft;
import dev.deepdive.bank.BankProblem;
import dev.deepdive.bank.FollowUp;
import dev.deepdive.bank.InvalidBankException;
import dev.deepdive.bank.KeyPoint;
import dev.deepdive.bank.Located;
import dev.deepdive.bank.Misconception;
import dev.deepdive.bank.Question;
import dev.deepdive.bank.QuestionBank;
import dev.deepdive.bank.SourceLocation;
import dev.deepdive.bank.Stage;
import dev.deepdive.bank.Topic;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads a bank folder: {@code bank.yaml} for the entry topic and stages, and one file per topic with its questions.
 * Every problem in every file is collected before the bank is refused, each with its file and line.
 */
public final class YamlBankReader {
    static final String INDEX = "bank.yaml";
    private static final Set<String> INDEX_FIELDS = Set.of("entryTopic", "stages");
    private static final Set<String> STAGE_FIELDS = Set.of("id", "title");
    private static final Set<String> FILE_FIELDS = Set.of("topic", "questions");
    private static final Set<String> TOPIC_FIELDS = Set.of("id", "title", "stage", "summary", "parent", "children", "prerequisites", "sources");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "topic", "difficulty", "text", "referenceAnswer", "keyPoints",
            "misconceptions", "followUps", "hints", "sources");
    private static final Set<String> KEY_POINT_FIELDS = Set.of("id", "text", "weight");
    private static final Set<String> MISCONCEPTION_FIELDS = Set.of("id", "text");
    private static final Set<String> FOLLOW_UP_FIELDS = Set.of("probes", "text");

    private final List<BankProblem> problems = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private final List<Located<Topic>> topics = new ArrayList<>();
    private final List<Located<Question>> questions = new ArrayList<>();
    private Located<String> entryTopic;

    private YamlBankReader() {
    }

    /** Reads and validates the bank in {@code folder}; throws {@link InvalidBankException} naming every problem. */
    public static QuestionBank read(Path folder) {
        YamlBankReader reader = new YamlBankReader();
        BankDraft draft = reader.draft(folder);
        if (!reader.problems.isEmpty()) throw new InvalidBankException(reader.problems);
        return QuestionBank.of(draft);
    }

    private BankDraft draft(Path folder) {
        Path index = folder.resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            problems.add(new BankProblem(new SourceLocation(folder.toString(), 0), "no " + INDEX + " in the bank folder"));
            return null;
        }
        parse(index, INDEX).ifPresent(this::readIndex);
        for (Path file : topicFiles(folder)) {
            String name = file.getFileName().toString();
            parse(file, name).ifPresent(node -> readTopicFile(new YamlNodes(name, problems), node));
        }
        if (entryTopic == null) entryTopic = new Located<>("", new SourceLocation(INDEX, 1));
        return new BankDraft(entryTopic, stages, topics, questions);
    }

    private static List<Path> topicFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml") && !f.getFileName().toString().equals(INDEX))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bank folder " + folder, e);
        }
    }

    private Optional<Node> parse(Path file, String name) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node node = new Yaml(new LoaderOptions()).compose(in);
            if (node == null) problems.add(new BankProblem(new SourceLocation(name, 1), "the file is empty"));
            return Optional.ofNullable(node);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(new BankProblem(new SourceLocation(name, line), "not valid YAML: " + e.getProblem()));
        } catch (IOException e) {
            problems.add(new BankProblem(new SourceLocation(name, 0), "cannot read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private void readIndex(Node node) {
        YamlNodes yaml = new YamlNodes(INDEX, problems);
        yaml.mapping(node, "bank.yaml", INDEX_FIELDS).ifPresent(fields -> {
            String entry = fields.text("entryTopic");
            if (entry != null) entryTopic = new Located<>(entry, yaml.at(fields.required("entryTopic").get()));
            fields.required("stages");
            stages.addAll(fields.list("stages", n -> yaml.mapping(n, "a stage", STAGE_FIELDS)
                    .map(s -> build(yaml, n, () -> new Stage(s.text("id"), s.text("title")))).orElse(null)));
        });
    }

    private void readTopicFile(YamlNodes yaml, Node node) {
        yaml.mapping(node, "a topic file", FILE_FIELDS).ifPresent(file -> {
            Optional<Node> topicNode = file.required("topic");
            Topic topic = topicNode.flatMap(n -> yaml.mapping(n, "the topic", TOPIC_FIELDS)
                    .map(t -> build(yaml, n, () -> new Topic(t.text("id"), t.text("title"), t.text("stage"), t.text("summary"),
                            t.optionalText("parent"), t.texts("children"), t.texts("prerequisites"), t.texts("sources"))))).orElse(null);
            if (topic != null) topics.add(new Located<>(topic, yaml.at(topicNode.get())));
            if (file.required("questions").isPresent())
                file.list("questions", n -> yaml.mapping(n, "a question", QUESTION_FIELDS).map(q -> readQuestion(yaml, q, topic)).orElse(null));
        });
    }

    private Void readQuestion(YamlNodes yaml, YamlNodes.Fields q, Topic topic) {
        String topicId = q.optionalText("topic").orElse(topic == null ? null : topic.id());
        if (topic != null && !topic.id().equals(topicId))
            yaml.report(q.node(), "question names topic '" + topicId + "' but sits in the file of topic '" + topic.id() + "'");
        Question question = build(yaml, q.node(), () -> new Question(q.text("id"), topicId, orZero(q.integer("difficulty")), q.text("text"),
                q.text("referenceAnswer"),
                q.list("keyPoints", n -> yaml.mapping(n, "a key point", KEY_POINT_FIELDS)
                        .map(k -> build(yaml, n, () -> new KeyPoint(k.text("id"), k.text("text"), orZero(k.number("weight"))))).orElse(null)),
                q.list("misconceptions", n -> yaml.mapping(n, "a misconception", MISCONCEPTION_FIELDS)
                        .map(m -> build(yaml, n, () -> new Misconception(m.text("id"), m.text("text")))).orElse(null)),
                q.list("followUps", n -> yaml.mapping(n, "a follow-up", FOLLOW_UP_FIELDS)
                        .map(f -> build(yaml, n, () -> new FollowUp(f.text("probes"), f.text("text")))).orElse(null)),
                q.texts("hints"), q.texts("sources")));
        if (question != null) questions.add(new Located<>(question, yaml.at(q.node())));
        return null;
    }

    private static double orZero(Number n) {
        return n == null ? 0 : n.doubleValue();
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    /** Builds a value, turning its own validation failure into a problem at the node, unless a field was already reported. */
    private <T> T build(YamlNodes yaml, Node node, Supplier<T> constructor) {
        int before = problems.size();
        try {
            T value = constructor.get();
            return problems.size() == before ? value : null;
        } catch (IllegalArgumentException | NullPointerException e) {
            if (problems.size() == before) yaml.report(node, e.getMessage());
            return null;
        }
    }
}
