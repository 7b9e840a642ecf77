package org.coproduce.webhooks.boundary;

import java.time.Instant;
import org.coproduce.webhooks.entity.WebhookDelivery;

/** A line of an endpoint's delivery log. */
public record DeliveryView(long id, String messageId, String eventType, String status, int attempts, Integer lastStatusCode,
        Long lastDurationMs, String lastError, Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt, Instant createdAt,
        String payload) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id(), d.messageId(), d.eventType(), d.status(), d.attempts(), d.lastStatusCode(),
                d.lastDurationMs(), d.lastError(), d.lastAttemptAt(), d.nextAttemptAt(), d.deliveredAt(), d.createdAt(), d.payload());
    }
}
