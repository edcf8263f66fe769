package dev.deepdive.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepdive.config.DeepdiveConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the local model serves right now: switched on, Ollama reachable with the model pulled (probed at most every
 * {@code deepdive.model.probe-interval}), and the circuit breaker closed. Anything else is bank mode, with the reason.
 */
@ApplicationScoped
public class ModelStatus {
    private final DeepdiveConfig.Model config;
    private final String name;
    private final OllamaProbe probe;
    private final ModelCalls calls;
    private ModelAvailability probed;
    private Instant probedAt = Instant.MIN;

    ModelStatus(DeepdiveConfig config, ObjectMapper json, ModelCalls calls,
                @ConfigProperty(name = "quarkus.langchain4j.ollama.chat-model.model-id") String modelId) {
        this.config = config.model();
        this.name = modelId;
        this.probe = new OllamaProbe(json, this.config.probeTimeout());
        this.calls = calls;
        if (!modelId.equals(this.config.name()))
            Log.warnf("deepdive.model.name is %s but this build uses %s: the model id is fixed when the application is built",
                    this.config.name(), modelId);
    }

    /** What the candidate is told: bank mode while Ollama is out or the circuit breaker keeps the model out. */
    public ModelAvailability availability() {
        ModelAvailability ollama = reachable();
        if (!ollama.available()) return ollama;
        if (calls.open()) return ModelAvailability.bank(name, "The model failed (" + calls.lastFailure() + "); it will be tried again shortly.");
        return ollama;
    }

    /**
     * Whether a model call is worth trying: switched on, Ollama up with the model pulled. The circuit breaker is left
     * to the call itself, which refuses at once while the breaker is open and lets a trial call through once it may close.
     */
    boolean worthTrying() {
        return reachable().available();
    }

    private ModelAvailability reachable() {
        if (!config.enabled()) return ModelAvailability.bank(name, "The local model is switched off (deepdive.model.enabled=false).");
        return probed();
    }


    private synchronized ModelAvailability probed() {
        Instant now = Instant.now();
        if (probed == null || Duration.between(probedAt, now).compareTo(config.probeInterval()) >= 0) {
            ModelAvailability before = probed;
            probed = probe.probe(config.baseUrl(), name);
            probedAt = now;
            if (before == null || before.available() != probed.available())
                Log.infof("Local model %s: %s", name, probed.available() ? "ready" : probed.reason());
        }
        return probed;
    }
}
