package org.coproduce.webhooks.boundary;

import java.time.Instant;
import java.util.List;
import org.coproduce.webhooks.entity.WebhookEndpoint;

/** An endpoint as its managers see it; {@code secret} only in the answer that made or renewed it. */
public record EndpointView(long id, long organisationId, String url, List<String> events, boolean enabled, Instant disabledAt,
        int consecutiveFailures, Instant createdAt, long version, String secret) {

    static EndpointView of(WebhookEndpoint e) {
        return withSecret(e, null);
    }

    static EndpointView withSecret(WebhookEndpoint e, String secret) {
        return new EndpointView(e.id(), e.organisationId(), e.url(), List.copyOf(e.events()), e.enabled(), e.disabledAt(),
                e.consecutiveFailures(), e.createdAt(), e.version(), secret);
    }
}
