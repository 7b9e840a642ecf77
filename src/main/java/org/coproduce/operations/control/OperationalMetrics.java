package org.coproduce.operations.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.coproduce.analysis.control.StoryAnalysed;
import org.coproduce.background.control.OutboxTasks;
import org.coproduce.mail.MailAttempted;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Coproduce's own metrics in the application registry of MicroProfile Metrics: e-mails sent and
 * refused, stories analysed, request times (by {@link RequestTimes}), and gauges of the outbox
 * backlog and the active theme model, read from the database when {@link #refresh} is called
 * (once a scrape, see MetricsServlet).
 */
@ApplicationScoped
public class OperationalMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    OutboxTasks tasks;

    @Inject
    ActiveModel model;

    private final AtomicReference<OutboxTasks.Backlog> backlog = new AtomicReference<>();

    @PostConstruct
    void register() {
        registry.gauge("outbox_pending", () -> current().pending());
        registry.gauge("outbox_failed", () -> current().failed());
        registry.gauge("outbox_oldest_pending_age_seconds", () -> current().oldestAgeSeconds());
        registry.gauge("theme_model_id", () -> model.current().id());
        registry.counter("mails_sent");
        registry.counter("mails_failed");
        registry.counter("stories_analysed");
    }

    @jakarta.transaction.Transactional
    public void refresh() {
        backlog.set(tasks.backlog());
        model.refresh();
    }

    public String modelVersion() {
        return model.current().version();
    }

    private OutboxTasks.Backlog current() {
        var known = backlog.get();
        return known != null ? known : new OutboxTasks.Backlog(0, null, 0, java.time.Instant.EPOCH);
    }

    void mail(@Observes MailAttempted attempt) {
        registry.counter(attempt.delivered() ? "mails_sent" : "mails_failed").inc();
    }

    void analysed(@Observes StoryAnalysed analysed) {
        registry.counter("stories_analysed").inc();
    }

    public void request(String endpoint, int status, Duration took) {
        registry.timer("requests", new Tag("endpoint", endpoint)).update(took);
        registry.counter("responses", new Tag("status", status / 100 + "xx")).inc();
    }
}
