package dev.deepdive.model;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock stand-in for Ollama on 127.0.0.1 and a free port, with the model switched on and short timeouts, so the
 * model's failures can be played out quickly. Tests get the server through {@link InjectOllamaStub}.
 */
public class OllamaStub implements QuarkusTestResourceLifecycleManager {
    private WireMockServer server;

    /** Marks the test field that receives the stub server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectOllamaStub {
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return Map.of(
                "deepdive.model.enabled", "true",
                "deepdive.model.base-url", "http://127.0.0.1:" + server.port(),
                "deepdive.model.timeout", "2s",
                "deepdive.model.probe-interval", "0s",
                "deepdive.model.retry-after", "1s");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(InjectOllamaStub.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) server.stop();
    }
}
