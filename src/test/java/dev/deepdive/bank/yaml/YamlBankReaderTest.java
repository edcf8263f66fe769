package dev.deepdive.bank.yaml;

import dev.deepdive.bank.InvalidBankException;
import dev.deepdive.bank.QuestionBank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YamlBankReaderTest {
    @TempDir
    Path bank;

    static final String INDEX = """
            entryTopic: grpo
            stages:
              - id: rl-foundations
                title: RL foundations
              - id: rlvr
                title: RLVR
            """;

    static final String PPO = """
            topic:
              id: ppo
              title: PPO
              stage: rl-foundations
              summary: Clipped policy optimisation.
              children: []
              prerequisites: []
              sources: ["PPO (Schulman et al., 2017)"]
            questions:
              - id: ppo-001
                difficulty: 2
                text: What does the clip do?
                referenceAnswer: It bounds the ratio.
                keyPoints:
                  - id: bounds-ratio
                    text: The clip bounds the probability ratio.
                    weight: 2
                sources: ["PPO (Schulman et al., 2017), §3"]
            """;

    static final String GRPO = """
            topic:
              id: grpo
              title: GRPO
              stage: rlvr
              summary: Group relative policy optimisation.
              prerequisites: [ppo]
              sources: ["DeepSeekMath, §4.1"]
            questions:
              - id: grpo-001
                difficulty: 1
                text: What is GRPO?
                referenceAnswer: A critic-free PPO variant. It uses group baselines.
                keyPoints:
                  - id: no-critic
                    text: GRPO has no critic.
                    weight: 2
                  - id: group-baseline
                    text: The baseline is the group mean.
                    weight: 1
                misconceptions:
                  - id: offline
                    text: GRPO is offline.
                followUps:
                  - probes: group-baseline
                    text: Where does the baseline come from?
                hints: [Think of PPO's value model.]
                sources: ["DeepSeekMath, §4.1"]
            """;

    void write(String file, String yaml) throws IOException {
        Files.writeString(bank.resolve(file), yaml);
    }

    void validBank() throws IOException {
        write("bank.yaml", INDEX);
        write("ppo.yaml", PPO);
        write("grpo.yaml", GRPO);
    }

    InvalidBankException refusal() {
        return (InvalidBankException) catchRefusal();
    }

    Throwable catchRefusal() {
        try {
            YamlBankReader.read(bank);
        } catch (InvalidBankException e) {
            return e;
        }
        throw new AssertionError("the bank was accepted");
    }

    @Test
    void readsTopicsQuestionsAndLinks() throws IOException {
        validBank();

        QuestionBank read = YamlBankReader.read(bank);

        assertThat(read.entryTopic().id()).isEqualTo("grpo");
        assertThat(read.topics()).extracting(t -> t.id()).containsExactly("ppo", "grpo");
        var q = read.question("grpo-001").orElseThrow();
        assertThat(q.topicId()).isEqualTo("grpo");
        assertThat(q.keyPoints()).extracting(k -> k.weight()).containsExactly(2.0, 1.0);
        assertThat(q.followUps().get(0).probes()).isEqualTo("group-baseline");
        assertThat(q.referenceAnswer()).isEqualTo("A critic-free PPO variant. It uses group baselines.");
    }

    @Test
    void unknownFieldIsNamedWithFileAndLine() throws IOException {
        validBank();
        write("grpo.yaml", GRPO.replace("    referenceAnswer:", "    refrenceAnswer:"));

        InvalidBankException e = refusal();

        assertThat(e.getMessage()).contains("grpo.yaml:12: unknown field 'refrenceAnswer' in a question")
                .contains("grpo.yaml:9: missing field 'referenceAnswer' in a question");
    }

    @Test
    void danglingIdsAreNamed() throws IOException {
        validBank();
        write("grpo.yaml", GRPO.replace("prerequisites: [ppo]", "prerequisites: [ppo, trpo]").replace("probes: group-baseline", "probes: baseline"));

        assertThat(refusal().getMessage())
                .contains("grpo.yaml:2: topic 'grpo' has unknown prerequisite 'trpo'")
                .contains("grpo.yaml:9: question 'grpo-001' has a follow-up probing unknown key point 'baseline'");
    }

    @Test
    void parentAndChildrenMustAgree() throws IOException {
        validBank();
        write("grpo.yaml", GRPO.replace("  prerequisites: [ppo]", "  parent: ppo\n  prerequisites: [ppo]"));

        assertThat(refusal().getMessage()).contains("topic 'grpo' names parent 'ppo', which does not list it in children");
    }

    @Test
    void parentCyclesAreRefused() throws IOException {
        validBank();
        write("ppo.yaml", PPO.replace("  children: []", "  parent: grpo\n  children: [grpo]"));
        write("grpo.yaml", GRPO.replace("  prerequisites: [ppo]", "  parent: ppo\n  children: [ppo]\n  prerequisites: [ppo]"));

        assertThat(refusal().getMessage()).contains("is in a parent cycle");
    }

    @Test
    void topicWithoutQuestionsIsRefused() throws IOException {
        validBank();
        write("ppo.yaml", PPO.substring(0, PPO.indexOf("questions:")) + "questions: []\n");

        assertThat(refusal().getMessage()).contains("ppo.yaml:2: topic 'ppo' has no questions");
    }

    @Test
    void questionWithoutKeyPointsIsRefused() throws IOException {
        validBank();
        write("grpo.yaml", GRPO.replaceAll("(?s)    keyPoints:.*?    misconceptions:", "    keyPoints: []\n    misconceptions:"));

        assertThat(refusal().getMessage()).contains("grpo.yaml:9: question grpo-001 has no key points");
    }

    @Test
    void duplicateIdsAndBadValuesAreRefused() throws IOException {
        validBank();
        write("grpo.yaml", GRPO.replace("id: grpo-001", "id: ppo-001").replace("difficulty: 1", "difficulty: 7")
                .replace("weight: 1", "weight: heavy"));

        assertThat(refusal().getMessage())
                .contains("field 'weight' in a key point must be a number, not 'heavy'");
        write("grpo.yaml", GRPO.replace("id: grpo-001", "id: ppo-001"));
        assertThat(refusal().getMessage()).contains("ppo.yaml:10: duplicate question id 'ppo-001' (first at grpo.yaml:9)");
        write("grpo.yaml", GRPO.replace("difficulty: 1", "difficulty: 7"));
        assertThat(refusal().getMessage()).contains("grpo.yaml:9: difficulty must be 1 to 5: 7");
    }

    @Test
    void brokenYamlIsReportedAtItsLine() throws IOException {
        validBank();
        write("ppo.yaml", PPO.replace("  title: PPO", "  title: [PPO"));

        assertThat(refusal().getMessage()).contains("ppo.yaml:").contains("not valid YAML");
    }

    @Test
    void unknownEntryTopicAndStageAreRefused() throws IOException {
        validBank();
        write("bank.yaml", INDEX.replace("entryTopic: grpo", "entryTopic: dpo"));
        write("ppo.yaml", PPO.replace("stage: rl-foundations", "stage: rl"));

        assertThat(refusal().getMessage())
                .contains("bank.yaml:1: entryTopic 'dpo' is not a topic")
                .contains("ppo.yaml:2: topic 'ppo' names unknown stage 'rl'");
    }

    @Test
    void aFolderWithoutIndexIsRefused() {
        assertThatThrownBy(() -> YamlBankReader.read(bank)).isInstanceOf(InvalidBankException.class).hasMessageContaining("no bank.yaml");
    }
}
