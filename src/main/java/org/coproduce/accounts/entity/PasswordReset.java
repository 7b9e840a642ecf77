package org.coproduce.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.coproduce.mail.Emailed;

/**
 * A request to reset a forgotten password. Made for every request, also for an unknown address
 * (no account: nothing is e-mailed), so the answer and its cost do not tell which addresses have
 * accounts. The link's token is made when the e-mail is written ({@link #issue}); only its hash is
 * kept. It works once, until {@code expiresAt}, for an account that is not disabled.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.BY_TOKEN, query = "select r from PasswordReset r where r.tokenHash = :hash")
public class PasswordReset implements Emailed {

    public static final String BY_TOKEN = "PasswordReset.byToken";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "account_id")
    private Long accountId;

    private String language;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    public PasswordReset(Long accountId, String language, Instant now, Duration valid) {
        this.accountId = accountId;
        this.language = language;
        this.createdAt = now;
        this.expiresAt = now.plus(valid);
    }

    /** Keeps the hash of the token the e-mail carries; a retried e-mail replaces it. */
    public void issue(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    public boolean usableAt(Instant now) {
        return accountId != null && tokenHash != null && usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("reset link not usable");
        }
        usedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public String language() {
        return language;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    @Override
    public Instant emailedAt() {
        return emailedAt;
    }

    @Override
    public void emailed(Instant now) {
        emailedAt = now;
    }
}
