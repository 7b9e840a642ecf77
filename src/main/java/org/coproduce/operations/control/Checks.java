package org.coproduce.operations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.coproduce.background.control.OutboxTasks;
import org.coproduce.platform.Settings;
import org.coproduce.problems.Masking;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** The health checks' work: each answers UP or DOWN with the few facts an operator needs (docs/operations.md, runbook). */
@ApplicationScoped
public class Checks {

    static final long OUTBOX_MAX_AGE_S = Settings.number("COPRODUCE_OUTBOX_MAX_AGE_S", 900);

    /** SMTP down only makes the instance unready when asked: mail waits in the outbox, and every instance shares the server. */
    static final boolean SMTP_REQUIRED = Settings.flag("COPRODUCE_HEALTH_SMTP_REQUIRED");

    @Inject
    OutboxTasks tasks;

    public HealthCheckResponse database() {
        var check = HealthCheckResponse.named("database");
        try {
            long started = System.nanoTime();
            var backlog = tasks.backlog();
            return check.up().withData("answeredInMs", (System.nanoTime() - started) / 1_000_000)
                    .withData("failedTasks", backlog.failed()).build();
        } catch (RuntimeException e) {
            return check.down().withData("error", Masking.describe(e)).build();
        }
    }

    public HealthCheckResponse outbox() {
        var check = HealthCheckResponse.named("outbox");
        try {
            var backlog = tasks.backlog();
            long age = backlog.oldestAgeSeconds();
            return check.status(age <= OUTBOX_MAX_AGE_S).withData("pending", backlog.pending())
                    .withData("oldestPendingAgeSeconds", age).withData("maxAgeSeconds", OUTBOX_MAX_AGE_S)
                    .withData("failed", backlog.failed()).build();
        } catch (RuntimeException e) {
            // the database check says why; a database outage must not make the instance restart
            return check.up().withData("unknown", Masking.describe(e)).build();
        }
    }

    public HealthCheckResponse smtp() {
        var check = HealthCheckResponse.named("smtp");
        var host = Settings.get("SMTP_HOST");
        if (host.isEmpty()) {
            return check.up().withData("configured", false).build();
        }
        int port = Settings.number("SMTP_PORT", 25);
        check.withData("server", host.get() + ":" + port);
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host.get(), port), 3000);
            socket.setSoTimeout(3000);
            var greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            socket.getOutputStream().write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            boolean ready = greeting != null && greeting.startsWith("220");
            return check.status(ready || !SMTP_REQUIRED).withData("reachable", ready).withData("greeting", greeting == null ? "none" : greeting.substring(0, Math.min(60, greeting.length()))).build();
        } catch (Exception e) {
            return check.status(!SMTP_REQUIRED).withData("reachable", false).withData("error", Masking.describe(e)).build();
        }
    }
}
