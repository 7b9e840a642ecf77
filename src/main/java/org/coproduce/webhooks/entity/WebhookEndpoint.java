package org.coproduce.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coproduce.mail.Emailed;

/**
 * Where an organisation wants its events sent. Counts failed attempts since the last success and
 * is disabled when they reach the limit; enabling it again starts the count afresh. The disabling
 * is e-mailed once ({@link Emailed}).
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint implements Emailed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private long organisationId;

    private String url;
    private String events;

    @Column(name = "secret_sealed")
    private String secretSealed;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "consecutive_failures")
    private int consecutiveFailures;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "disabled_mailed_at")
    private Instant disabledMailedAt;

    @Version
    private long version;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(long organisationId, String url, Set<String> events, Long createdBy, Instant now) {
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.createdAt = now;
        change(url, events);
    }

    public void change(String newUrl, Set<String> newEvents) {
        this.url = newUrl;
        this.events = String.join(",", newEvents);
    }

    /** The sealed secret is bound to the endpoint's id, so it is set once the id exists. */
    public void seal(String sealed) {
        this.secretSealed = sealed;
    }

    public boolean wants(String eventType) {
        return events().contains(eventType);
    }

    /** A failed attempt; true when it disabled the endpoint. */
    public boolean failed(int disableAfter, Instant now) {
        consecutiveFailures++;
        if (disabledAt == null && consecutiveFailures >= disableAfter) {
            disabledAt = now;
            disabledMailedAt = null;
            return true;
        }
        return false;
    }

    public void succeeded() {
        consecutiveFailures = 0;
    }

    public void enable() {
        disabledAt = null;
        consecutiveFailures = 0;
    }

    /** Disabled by its managers: nobody needs an e-mail about it. */
    public void pause(Instant now) {
        disabledAt = now;
        disabledMailedAt = now;
    }

    public boolean enabled() {
        return disabledAt == null;
    }

    public Long id() {
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public String url() {
        return url;
    }

    public Set<String> events() {
        return new LinkedHashSet<>(Arrays.asList(events.split(",")));
    }

    public String secretSealed() {
        return secretSealed;
    }

    public Long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public Instant disabledAt() {
        return disabledAt;
    }

    public long version() {
        return version;
    }

    @Override
    public Instant emailedAt() {
        return disabledMailedAt;
    }

    @Override
    public void emailed(Instant now) {
        disabledMailedAt = now;
    }
}
