package org.coproduce.webhooks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    final RetrySchedule schedule = new RetrySchedule(5, Duration.ofSeconds(30), Duration.ofMinutes(3));

    @Test
    void doublesTheWaitUpToTheLongestAndStopsAfterTheLastAttempt() {
        assertEquals(Duration.ofSeconds(30), schedule.after(1));
        assertEquals(Duration.ofSeconds(60), schedule.after(2));
        assertEquals(Duration.ofSeconds(120), schedule.after(3));
        assertEquals(Duration.ofMinutes(3), schedule.after(4));
        assertNull(schedule.after(5));
    }

    @Test
    void aDeliveryLogsEachAttemptAndFailsWhenTheyAreSpent() {
        var now = Instant.parse("2026-12-04T10:00:00Z");
        var delivery = new WebhookDelivery(1, "msg_1", EventTypes.STORY_PUBLISHED, "{}", now);
        for (int attempt = 1; attempt < 5; attempt++) {
            assertEquals(schedule.after(attempt), delivery.failed(500, 12, "HTTP 500", schedule, now));
            assertEquals(WebhookDelivery.PENDING, delivery.status());
        }
        assertNull(delivery.failed(null, 5000, "HttpTimeoutException", schedule, now));
        assertEquals(WebhookDelivery.FAILED, delivery.status());
        assertEquals(5, delivery.attempts());
        assertEquals("HttpTimeoutException", delivery.lastError());
    }

    @Test
    void anEndpointIsDisabledOnceAfterTooManyFailuresInARowAndASuccessStartsAfresh() {
        var now = Instant.parse("2026-12-04T10:00:00Z");
        var endpoint = new WebhookEndpoint(7, "http://127.0.0.1/hook", java.util.Set.of(EventTypes.STORY_PUBLISHED), 1L, now);
        assertEquals(false, endpoint.failed(3, now));
        endpoint.succeeded();
        assertEquals(false, endpoint.failed(3, now));
        assertEquals(false, endpoint.failed(3, now));
        assertEquals(true, endpoint.failed(3, now));
        assertEquals(false, endpoint.failed(3, now), "disabled once");
        assertEquals(false, endpoint.enabled());
        endpoint.enable();
        assertEquals(0, endpoint.consecutiveFailures());
    }
}
