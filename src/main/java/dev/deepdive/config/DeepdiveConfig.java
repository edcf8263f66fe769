package dev.deepdive.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.Optional;

/** Every deepdive setting, under one prefix; environment variables override them as DEEPDIVE_... */
@ConfigMapping(prefix = "deepdive")
public interface DeepdiveConfig {
    Bank bank();

    Interview interview();

    Transcripts transcripts();

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
}
