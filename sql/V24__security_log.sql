-- Security log (accounts): logins, failures, lock/throttle, 401/403, account changes, exports of
-- personal data. Who (account ids), when, from which client (a keyed hash, never the address) and
-- what (a short detail without passwords, tokens or story text). Kept COPRODUCE_SECURITY_EVENT_DAYS.
CREATE TABLE security_event (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at         TIMESTAMP NOT NULL,
    kind                VARCHAR(40) NOT NULL,
    actor_account_id    BIGINT NULL,
    subject_account_id  BIGINT NULL,
    client              VARCHAR(64) NULL,
    detail              VARCHAR(300) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_security_event_occurred_at ON security_event (occurred_at);
CREATE INDEX ix_security_event_kind ON security_event (kind, occurred_at);
CREATE INDEX ix_security_event_actor ON security_event (actor_account_id, occurred_at);
CREATE INDEX ix_security_event_subject ON security_event (subject_account_id, occurred_at);
