package dev.deepdive.bank;

import dev.deepdive.bank.yaml.YamlBankReader;
import dev.deepdive.grading.Embedder;
import dev.deepdive.grading.Sentences;
import dev.deepdive.grading.Terms;
import dev.deepdive.grading.Vectors;
import dev.deepdive.grading.embedding.OnnxEmbedder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The lint every bank edit must pass: size, spread, links, sources, and a checklist the reference answer supports. */
class QuestionBankLintTest {
    static final double NEAR_DUPLICATE = 0.92;
    static final double SUPPORTED_BY_MEANING = 0.55;
    static final double SUPPORTED_BY_WORDS = 0.5;

    static QuestionBank bank;
    static Embedder embedder;

    @BeforeAll
    static void load() {
        bank = YamlBankReader.read(Path.of("question-bank"));
        embedder = OnnxEmbedder.standard();
    }

    @Test
    void coversTheWholeMap() {
        assertThat(bank.topics()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(bank.questionsOf("grpo")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(bank.topics().stream().map(Topic::stage).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(bank.stages().stream().map(Stage::id).toList());
    }

    @Test
    void everyTopicHasZoomLinksSourcesAndASpreadOfDifficulties() {
        List<String> problems = new ArrayList<>();
        for (Topic t : bank.topics()) {
            if (t.parent().isEmpty() && t.children().isEmpty() && t.prerequisites().isEmpty()) problems.add(t.id() + ": no zoom links");
            if (t.sources().isEmpty()) problems.add(t.id() + ": no sources");
            Set<Integer> levels = bank.questionsOf(t.id()).stream().map(Question::difficulty).collect(Collectors.toSet());
            if (levels.size() < 3) problems.add(t.id() + ": difficulties " + levels + " (needs 3 levels or more)");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyQuestionIsCompleteEnoughToGradeAndTeach() {
        List<String> problems = new ArrayList<>();
        for (Question q : bank.questions()) {
            int sentences = Sentences.of(q.referenceAnswer()).size();
            if (sentences < 3 || sentences > 8) problems.add(q.id() + ": reference answer has " + sentences + " sentences");
            if (q.keyPoints().size() < 3 || q.keyPoints().size() > 6) problems.add(q.id() + ": " + q.keyPoints().size() + " key points");
            if (q.difficulty() >= 3 && q.misconceptions().isEmpty()) problems.add(q.id() + ": no misconception at difficulty " + q.difficulty());
            if (q.hints().isEmpty() || q.hints().size() > 2) problems.add(q.id() + ": " + q.hints().size() + " hints");
            if (q.sources().isEmpty()) problems.add(q.id() + ": no sources");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyPointIsSupportedByItsReferenceAnswer() {
        List<String> unsupported = new ArrayList<>();
        for (Question q : bank.questions()) {
            List<float[]> reference = embedder.embedAll(Sentences.of(q.referenceAnswer()));
            Set<String> referenceStems = Terms.content(q.referenceAnswer());
            for (KeyPoint k : q.keyPoints()) {
                float[] point = embedder.embed(k.text());
                double meaning = reference.stream().mapToDouble(r -> Vectors.cosine(r, point)).max().orElse(0);
                Set<String> words = Terms.content(k.text());
                double shared = words.isEmpty() ? 1 : words.stream().filter(referenceStems::contains).count() / (double) words.size();
                if (meaning < SUPPORTED_BY_MEANING && shared < SUPPORTED_BY_WORDS)
                    unsupported.add(String.format("%s/%s (meaning %.2f, words %.2f): %s", q.id(), k.id(), meaning, shared, k.text()));
            }
        }
        assertThat(unsupported).isEmpty();
    }

    @Test
    void noTwoQuestionsAskTheSameThing() {
        List<Question> questions = bank.questions();
        List<float[]> vectors = embedder.embedAll(questions.stream().map(Question::text).toList());
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++)
            for (int j = i + 1; j < questions.size(); j++) {
                double similarity = Vectors.cosine(vectors.get(i), vectors.get(j));
                if (similarity >= NEAR_DUPLICATE)
                    pairs.add(String.format("%s ~ %s (%.2f)", questions.get(i).id(), questions.get(j).id(), similarity));
            }
        assertThat(pairs).isEmpty();
    }

}
