package org.coproduce.following.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An address following a target. Lifecycle: unconfirmed (only the confirmation e-mail goes to it,
 * deleted after a few days) → confirmed (a digest each period, of the stories published since the
 * last one; a change's follower: an e-mail at each milestone instead, digest {@code NONE}) → deleted
 * on unsubscribe. Only the hash of the confirmation token is kept.
 */
@Entity
@Table(name = "follow_subscription")
public class Follower {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String language;

    @Enumerated(EnumType.STRING)
    private Digest digest;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    private Target.Kind targetKind;

    @Column(name = "target_key")
    private String targetKey;

    @Column(name = "confirm_hash")
    private String confirmHash;

    @Column(name = "client_hash")
    private String clientHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

    @Column(name = "next_digest_at")
    private Instant nextDigestAt;

    protected Follower() {
    }

    public Follower(String email, String language, Digest digest, Target target, String clientHash, Instant now) {
        this.email = email;
        this.language = language;
        this.digest = digest;
        this.targetKind = target.kind();
        this.targetKey = target.key();
        this.clientHash = clientHash;
        this.createdAt = now;
    }

    /** Whether a confirmation link made at {@code createdAt} still works at {@code now}. */
    public boolean confirmable(Instant now, Duration valid) {
        return confirmedAt != null || !createdAt.plus(valid).isBefore(now);
    }

    /** Whether it was asked for after the instant (an unconfirmed one asked for again within the hour gets no second e-mail). */
    public boolean askedAfter(Instant instant) {
        return createdAt.isAfter(instant);
    }

    /** Confirmed: digests start with the stories published from now on. Again: nothing changes. */
    public void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
            lastDigestAt = now;
            nextDigestAt = digest.period() == null ? null : now.plus(digest.period());
        }
    }

    /** A digest was queued: the next one is due a period later. */
    public void queued(Instant now) {
        nextDigestAt = now.plus(digest.period());
    }

    /** A digest covering stories published up to {@code until} was sent (or there were none). */
    public void digested(Instant until) {
        lastDigestAt = until;
    }

    public void newConfirmation(String hash) {
        confirmHash = hash;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public Digest digest() {
        return digest;
    }

    public Target target() {
        return new Target(targetKind, targetKey);
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public Instant lastDigestAt() {
        return lastDigestAt;
    }
}
