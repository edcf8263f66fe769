package dev.deepdive.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks Ollama which models it has ({@code GET /api/tags}): is it there, and is our model pulled? */
final class OllamaProbe {
    private final ObjectMapper json;
    private final HttpClient http;
    private final Duration timeout;

    OllamaProbe(ObjectMapper json, Duration timeout) {
        this.json = json;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    ModelAvailability probe(String baseUrl, String model) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/+$", "") + "/api/tags")).timeout(timeout).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200)
                return ModelAvailability.bank(model, "Ollama at " + baseUrl + " answered /api/tags with HTTP " + response.statusCode() + ".");
            if (!pulled(json.readTree(response.body()), model))
                return ModelAvailability.bank(model, "The model " + model + " is not pulled in Ollama at " + baseUrl + ": run 'ollama pull " + model + "'.");
            return ModelAvailability.ready(model);
        } catch (IOException | IllegalArgumentException e) {
            return ModelAvailability.bank(model, "Ollama is not reachable at " + baseUrl + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ModelAvailability.bank(model, "Ollama is not reachable at " + baseUrl + ".");
        }
    }

    private static boolean pulled(JsonNode tags, String model) {
        String wanted = model.contains(":") ? model : model + ":latest";
        for (JsonNode m : tags.path("models")) {
            if (wanted.equals(m.path("name").asText()) || wanted.equals(m.path("model").asText())) return true;
        }
        return false;
    }
}
