package dev.deepdive.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Every deepdive setting, under one prefix; environment variables override them as DEEPDIVE_... */
@ConfigMapping(prefix = "deepdive")
public interface DeepdiveConfig {
    Bank bank();

    Interview interview();

    Transcripts transcripts();

    Model model();

    interface Bank {
        /** A bank folder to use instead of the packaged one, so experts can curate without rebuilding. */
        Optional<Path> location();
    }

    interface Interview {
        @WithDefault("10")
        int defaultQuestions();

        @WithDefault("30")
        int maxQuestions();

        /** Questions in a row within one stage before a good answer moves the interview across the map. */
        @WithDefault("4")
        int stageRun();

        @WithDefault("8000")
        int maxAnswerChars();
    }

    interface Transcripts {
        @WithDefault("data/transcripts")
        Path directory();
    }

    /**
     * The local model (Ollama) that words questions and judges answers; without it the bank and embedded grader serve.
     * The defaults of the settings LangChain4j also reads (base URL, name, temperature, timeout) sit in
     * application.properties, because property expressions cannot see a mapping's defaults.
     */
    interface Model {
        /** Off: always bank mode, Ollama is never contacted. */
        @WithDefault("true")
        boolean enabled();

        /** Ollama's address; application.properties takes it from OLLAMA_BASE_URL when set. */
        String baseUrl();

        /** An Ollama model tag; it must be pulled first ({@code ollama pull <name>}). */
        String name();

        double temperature();

        /** Longest wait for one model call (a worded question or a verdict) before the bank takes over. */
        Duration timeout();

        /** Whether the model judges answers; off leaves grading to the embedded grader while the model still words questions. */
        @WithDefault("true")
        boolean judge();

        /** How long a probe of Ollama ({@code /api/tags}) is trusted before it is repeated. */
        @WithDefault("15s")
        Duration probeInterval();

        @WithDefault("2s")
        Duration probeTimeout();

        /** After repeated failures, how long the interview stays in bank mode before the model is tried again. */
        @WithDefault("30s")
        Duration retryAfter();
    }
}
