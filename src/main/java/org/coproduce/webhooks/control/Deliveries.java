package org.coproduce.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;
import org.coproduce.accounts.control.SecurityLog;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.background.control.Outbox;
import org.coproduce.background.control.TaskHandler;
import org.coproduce.platform.Settings;
import org.coproduce.webhooks.entity.RetrySchedule;
import org.coproduce.webhooks.entity.WebhookDelivery;
import org.coproduce.webhooks.entity.WebhookEndpoint;

/**
 * One attempt at a delivery (outbox task {@value #KIND}): checks the target again, signs, sends,
 * logs the outcome on the delivery. A failure is not the outbox's: the attempt is kept and the next
 * one is queued after the back-off (COPRODUCE_WEBHOOK_ATTEMPTS, 8; COPRODUCE_WEBHOOK_RETRY_MS,
 * 30,000, doubling; at most 6 hours apart). COPRODUCE_WEBHOOK_DISABLE_AFTER (20) failed attempts
 * in a row disable the endpoint, cancel what it still had pending as each comes up, and e-mail the
 * organisation's quality managers. At least once: a crash between sending and committing sends
 * again with the same webhook-id, which receivers use to drop duplicates.
 */
@ApplicationScoped
public class Deliveries implements TaskHandler {

    public static final String KIND = "webhook-delivery";
    static final RetrySchedule SCHEDULE = new RetrySchedule(Settings.number("COPRODUCE_WEBHOOK_ATTEMPTS", 8),
            Duration.ofMillis(Settings.number("COPRODUCE_WEBHOOK_RETRY_MS", 30_000)), Duration.ofHours(6));
    static final int DISABLE_AFTER = Settings.number("COPRODUCE_WEBHOOK_DISABLE_AFTER", 20);
    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Sender sender;

    @Inject
    WebhookSecrets secrets;

    @Inject
    Outbox outbox;

    @Inject
    SecurityLog securityLog;

    @Inject
    Clock clock;

    private final Targets targets = Targets.fromSettings();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(long deliveryId) {
        var delivery = em.find(WebhookDelivery.class, deliveryId);
        var endpoint = delivery == null ? null : em.find(WebhookEndpoint.class, delivery.endpointId());
        if (endpoint == null || !delivery.pending()) {
            return;
        }
        if (!endpoint.enabled()) {
            delivery.cancel("the endpoint is disabled");
            return;
        }
        var attempt = attempt(endpoint, delivery);
        var now = clock.instant();
        if (attempt.succeeded()) {
            delivery.delivered(attempt.status(), attempt.millis(), now);
            endpoint.succeeded();
            return;
        }
        var delay = delivery.failed(attempt.status(), attempt.millis(), attempt.error(), SCHEDULE, now);
        if (endpoint.failed(DISABLE_AFTER, now)) {
            disabled(endpoint, delivery);
        } else if (delay != null) {
            outbox.enqueue(KIND, delivery.id(), delay);
        }
    }

    private Sender.Attempt attempt(WebhookEndpoint endpoint, WebhookDelivery delivery) {
        var refused = targets.refusal(endpoint.url());
        if (refused.isPresent()) {
            return Sender.Attempt.refused(refused.get());
        }
        long timestamp = clock.instant().getEpochSecond();
        String signature = Signatures.sign(secrets.open(endpoint), delivery.messageId(), timestamp, delivery.payload());
        return sender.send(endpoint.url(), Map.of("webhook-id", delivery.messageId(), "webhook-timestamp", String.valueOf(timestamp),
                "webhook-signature", signature), delivery.payload());
    }

    private void disabled(WebhookEndpoint endpoint, WebhookDelivery delivery) {
        if (delivery.pending()) {
            delivery.cancel("the endpoint was disabled after " + endpoint.consecutiveFailures() + " failed attempts in a row");
        }
        LOG.warning(() -> "Webhook endpoint " + endpoint.id() + " disabled after " + endpoint.consecutiveFailures() + " failed attempts");
        securityLog.record(SecurityEvent.Kind.WEBHOOK_DISABLED, null, null, "webhook " + endpoint.id() + " of organisation "
                + endpoint.organisationId() + " after " + endpoint.consecutiveFailures() + " failed attempts in a row");
        outbox.enqueue(WebhookDisabledMail.KIND, endpoint.id());
    }
}
