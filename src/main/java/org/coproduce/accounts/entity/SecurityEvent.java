package org.coproduce.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of the security log: what happened, when, who did it (an account, or nobody), to
 * which account, from which client (a keyed hash of its address) and a short detail. The detail
 * never carries a password, token or story text: callers pass only fixed words, ids and names of
 * fields; anything that looks like an e-mail address or a long token is cut out here as well.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    public static final int DETAIL_LENGTH = 300;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}+@[^\\s@]{1,255}+");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_\\-]{24,}+");

    /** What happened. Other components record their own kinds through {@code accounts.control.SecurityLog}. */
    public enum Kind {
        LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, LOGIN_DISABLED, LOGOUT,
        SECOND_FACTOR_ENROLLED, SECOND_FACTOR_VERIFIED, SECOND_FACTOR_FAILED, SECOND_FACTOR_REMOVED,
        SSO_LOGIN, SSO_FAILED,
        UNAUTHORIZED, FORBIDDEN,
        ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ROLE_CHANGED, ORGANISATIONS_CHANGED,
        PASSWORD_CHANGED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET, PASSWORD_RESET_REFUSED,
        PERSONAL_DATA_EXPORTED,
        TASK_RETRIED, TASK_DROPPED,
        WEBHOOK_REGISTERED, WEBHOOK_CHANGED, WEBHOOK_DELETED, WEBHOOK_SECRET_RENEWED, WEBHOOK_REDELIVERED, WEBHOOK_DISABLED,
        OPEN311_KEY_ISSUED, OPEN311_KEY_REVOKED;

        public static Optional<Kind> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(text.strip())) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String kind;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "subject_account_id")
    private Long subjectAccountId;

    private String client;

    private String detail;

    protected SecurityEvent() {
    }

    public SecurityEvent(Instant at, Kind kind, Long actor, Long subject, String client, String detail) {
        this.occurredAt = at;
        this.kind = kind.name();
        this.actorAccountId = actor;
        this.subjectAccountId = subject;
        this.client = client;
        this.detail = clean(detail);
    }

    /** E-mail addresses and token-like runs removed, cut to the column's length. */
    static String clean(String detail) {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        String cleaned = TOKEN.matcher(EMAIL.matcher(detail.strip()).replaceAll("[e-mail]")).replaceAll("[token]");
        return cleaned.length() <= DETAIL_LENGTH ? cleaned : cleaned.substring(0, DETAIL_LENGTH - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String kind() {
        return kind;
    }

    public Long actorAccountId() {
        return actorAccountId;
    }

    public Long subjectAccountId() {
        return subjectAccountId;
    }

    public String client() {
        return client;
    }

    public String detail() {
        return detail;
    }
}
