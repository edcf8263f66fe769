package dev.deepdive.config;

import dev.deepdive.bank.QuestionBank;
import dev.deepdive.bank.yaml.BankFolder;
import dev.deepdive.bank.yaml.YamlBankReader;
import dev.deepdive.grading.EmbeddedGrader;
import dev.deepdive.grading.Embedder;
import dev.deepdive.grading.embedding.OnnxEmbedder;
import dev.deepdive.interview.InterviewEngine;
import dev.deepdive.interview.InterviewRules;
import dev.deepdive.interview.InterviewService;
import dev.deepdive.model.ModelGrader;
import dev.deepdive.model.ModelWording;
import dev.deepdive.transcript.MarkdownTranscript;
import dev.deepdive.transcript.ReportWriter;
import dev.deepdive.transcript.file.FileInterviewJournal;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.time.Clock;

/** Builds the plain-Java core from configuration; the core itself knows nothing of CDI. */
public class CoreBeans {

    /** Loaded at start-up so that a bad bank stops the service at once, naming every problem. */
    @Produces
    @Singleton
    @Startup
    QuestionBank questionBank(DeepdiveConfig config) {
        Path folder = config.bank().location().orElseGet(BankFolder::packaged);
        QuestionBank bank = YamlBankReader.read(folder);
        Log.infof("Question bank: %d topics, %d questions from %s", bank.topics().size(), bank.questions().size(), folder);
        return bank;
    }

    /** Loaded at start-up so that the first answer is not kept waiting for the model to load. */
    @Produces
    @Singleton
    @Startup
    Embedder embedder() {
        return OnnxEmbedder.standard();
    }

    @Produces
    @Singleton
    EmbeddedGrader embeddedGrader(Embedder embedder) {
        return new EmbeddedGrader(embedder);
    }

    @Produces
    @Singleton
    InterviewRules rules(DeepdiveConfig config) {
        DeepdiveConfig.Interview c = config.interview();
        return new InterviewRules(c.defaultQuestions(), c.maxQuestions(), c.stageRun(), c.maxAnswerChars());
    }

    /** The model words and judges when it serves; each falls back to the bank and the embedded grader on its own. */
    @Produces
    @Singleton
    InterviewService interviews(QuestionBank bank, ModelGrader grader, ModelWording wording, InterviewRules rules, DeepdiveConfig config) {
        InterviewEngine engine = new InterviewEngine(bank, grader, wording, rules, Clock.systemUTC());
        return new InterviewService(engine, new FileInterviewJournal(config.transcripts().directory()));
    }

    @Produces
    @Singleton
    ReportWriter reports(QuestionBank bank) {
        return new ReportWriter(bank);
    }

    @Produces
    @Singleton
    MarkdownTranscript markdown(QuestionBank bank) {
        return new MarkdownTranscript(bank);
    }
}
