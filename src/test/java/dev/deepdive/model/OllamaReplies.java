package dev.deepdive.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import java.util.Arrays;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/** Replies shaped like Ollama's own: {@code /api/chat} whole or streamed as NDJSON, and {@code /api/tags}. */
final class OllamaReplies {
    static final String MODEL = "qwen2.5:3b";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OllamaReplies() {
    }

    /** A non-streamed chat reply whose message content is {@code content}. */
    static ResponseDefinitionBuilder chat(String content) {
        ObjectNode reply = envelope(content, true);
        reply.put("total_duration", 812_345_678L).put("load_duration", 12_345_678L).put("prompt_eval_count", 412)
                .put("prompt_eval_duration", 300_000_000L).put("eval_count", 60).put("eval_duration", 500_000_000L);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(reply.toString());
    }

    /** A streamed chat reply: one NDJSON line per chunk, then the closing line with done=true. */
    static ResponseDefinitionBuilder stream(String... chunks) {
        String lines = Arrays.stream(chunks).map(c -> envelope(c, false).toString()).collect(Collectors.joining("\n"));
        ObjectNode last = envelope("", true).put("done_reason", "stop").put("eval_count", chunks.length);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-ndjson").withBody(lines + "\n" + last + "\n");
    }

    /** The models Ollama lists as pulled. */
    static ResponseDefinitionBuilder tags(String... names) {
        String models = Arrays.stream(names).map(n -> JSON.createObjectNode().put("name", n).put("model", n)
                .put("modified_at", "2026-11-30T09:03:42.312611426Z").put("size", 1_929_912_432L)
                .put("digest", "357c53fb659c5076de1d65ccb0b397446227b71a42be9d1603d46168015c9e4b").toString())
                .collect(Collectors.joining(",", "[", "]"));
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody("{\"models\":" + models + "}");
    }

    /** Ollama's reply when the requested model is not pulled. */
    static ResponseDefinitionBuilder modelNotFound() {
        return aResponse().withStatus(404).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"error\":\"model \\\"" + MODEL + "\\\" not found, try pulling it first\"}");
    }

    private static ObjectNode envelope(String content, boolean done) {
        ObjectNode reply = JSON.createObjectNode().put("model", MODEL).put("created_at", "2026-12-04T09:03:42.312611426Z");
        reply.putObject("message").put("role", "assistant").put("content", content);
        return reply.put("done", done);
    }
}
