package dev.deepdive.interview;

import java.util.Optional;

/** What a candidate may choose when starting: the topic to open on, the length and the mode. */
public record StartRequest(Optional<String> topic, Optional<Integer> maxQuestions, Mode mode) {
    public StartRequest {
        topic = topic == null ? Optional.empty() : topic;
        maxQuestions = maxQuestions == null ? Optional.empty() : maxQuestions;
        mode = mode == null ? Mode.PRACTICE : mode;
    }

    public static StartRequest defaults() {
        return new StartRequest(Optional.empty(), Optional.empty(), Mode.PRACTICE);
    }
}
