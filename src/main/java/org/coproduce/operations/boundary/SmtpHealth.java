package org.coproduce.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coproduce.operations.control.Checks;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Whether the SMTP server in SMTP_HOST / SMTP_PORT greets; DOWN only with COPRODUCE_HEALTH_SMTP_REQUIRED=true (else UP, reachable false). */
@Readiness
@ApplicationScoped
public class SmtpHealth implements HealthCheck {

    @Inject
    Checks checks;

    @Override
    public HealthCheckResponse call() {
        return checks.smtp();
    }
}
