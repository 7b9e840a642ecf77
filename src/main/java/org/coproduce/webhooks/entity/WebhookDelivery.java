package org.coproduce.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One event for one endpoint and what became of it: PENDING until an attempt succeeds
 * (DELIVERED), the attempts run out (FAILED) or the endpoint is disabled (CANCELLED). Every
 * attempt keeps its status code (or error) and how long the receiver took.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "endpoint_id")
    private long endpointId;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "event_type")
    private String eventType;

    private String payload;
    private String status;
    private int attempts;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_duration_ms")
    private Long lastDurationMs;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long endpointId, String messageId, String eventType, String payload, Instant now) {
        this.endpointId = endpointId;
        this.messageId = messageId;
        this.eventType = eventType;
        this.payload = payload;
        this.status = PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The same message sent again, as a delivery of its own. */
    public WebhookDelivery again(Instant now) {
        return new WebhookDelivery(endpointId, messageId, eventType, payload, now);
    }

    public void delivered(int statusCode, long durationMs, Instant now) {
        attempted(statusCode, durationMs, null, now);
        status = DELIVERED;
        deliveredAt = now;
        nextAttemptAt = null;
    }

    /** A failed attempt; returns the delay before the next one, or null when this was the last. */
    public Duration failed(Integer statusCode, long durationMs, String error, RetrySchedule schedule, Instant now) {
        attempted(statusCode, durationMs, error, now);
        var delay = schedule.after(attempts);
        if (delay == null) {
            status = FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(delay);
        }
        return delay;
    }

    public void cancel(String why) {
        status = CANCELLED;
        lastError = why;
        nextAttemptAt = null;
    }

    private void attempted(Integer statusCode, long durationMs, String error, Instant now) {
        attempts++;
        lastStatusCode = statusCode;
        lastDurationMs = durationMs;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        lastAttemptAt = now;
    }

    public boolean pending() {
        return PENDING.equals(status);
    }

    public Long id() {
        return id;
    }

    public long endpointId() {
        return endpointId;
    }

    public String messageId() {
        return messageId;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public String status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Integer lastStatusCode() {
        return lastStatusCode;
    }

    public Long lastDurationMs() {
        return lastDurationMs;
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
