package dev.deepdive.model;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the local model under readiness, always "up": without a model the service still interviews in bank mode,
 * so a missing model must not take the service out of a load balancer. The data says whether the model serves.
 */
@Readiness
@ApplicationScoped
public class ModelHealthCheck implements HealthCheck {
    private final ModelStatus status;

    ModelHealthCheck(ModelStatus status) {
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        ModelAvailability a = status.availability();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("local-model").up()
                .withData("model", a.name()).withData("available", a.available()).withData("mode", a.mode());
        return (a.reason() == null ? builder : builder.withData("reason", a.reason())).build();
    }
}
