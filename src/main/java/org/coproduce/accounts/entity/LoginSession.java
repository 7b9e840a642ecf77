package org.coproduce.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A login: the hash of the cookie's random value, whose account it is and its CSRF token. It
 * ends after {@link #IDLE} without use or {@link #LONGEST} after login, whichever comes first.
 */
@Entity
@Table(name = "login_session")
public class LoginSession {

    public static final Duration IDLE = Duration.ofMinutes(60);
    public static final Duration LONGEST = Duration.ofHours(12);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "csrf_token")
    private String csrfToken;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_seen")
    private Instant lastSeen;

    /** A login whose role needs a second factor not yet set up: it may only set one up. */
    @Column(name = "enrol_only")
    private boolean enrolOnly;

    protected LoginSession() {
    }

    public LoginSession(String tokenHash, long accountId, String csrfToken, Instant now) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.csrfToken = csrfToken;
        this.createdAt = now;
        this.lastSeen = now;
    }

    public LoginSession(String tokenHash, long accountId, String csrfToken, Instant now, boolean enrolOnly) {
        this(tokenHash, accountId, csrfToken, now);
        this.enrolOnly = enrolOnly;
    }

    public boolean enrolOnly() {
        return enrolOnly;
    }

    public boolean activeAt(Instant now) {
        return now.isBefore(lastSeen.plus(IDLE)) && now.isBefore(createdAt.plus(LONGEST));
    }

    /** Records use, at most every few minutes so that reads do not all become writes. */
    public void usedAt(Instant now) {
        if (Duration.between(lastSeen, now).compareTo(TOUCH_EVERY) > 0) {
            lastSeen = now;
        }
    }

    public long accountId() {
        return accountId;
    }

    public String csrfToken() {
        return csrfToken;
    }
}
