package org.coproduce.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.coproduce.operations.control.Checks;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while background work moves: DOWN when the oldest pending task waits longer than
 * COPRODUCE_OUTBOX_MAX_AGE_S (default 900), so an orchestrator restarts an instance whose worker is stuck.
 */
@Liveness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    @Inject
    Checks checks;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        return checks.outbox();
    }
}
