-- Following without an account (issue 16): an e-mail address follows a service, an organisation, a
-- theme or an area (target_kind, target_key: the id, the theme code, or the bbox
-- "minLng,minLat,maxLng,maxLat") and gets a digest of the stories published there, daily or
-- weekly. Double opt-in: only confirm_hash (SHA-256 of the e-mailed token) is kept; an unconfirmed
-- row is deleted after COPRODUCE_RETAIN_UNCONFIRMED_DAYS, a row is deleted on unsubscribe.
-- last_digest_at: stories published after it go into the next digest, due at next_digest_at.
-- client_hash: the keyed, daily-changing hash of the client's address (rate limit).
CREATE TABLE follow_subscription (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    language       VARCHAR(2) NOT NULL,
    digest         VARCHAR(8) NOT NULL,
    target_kind    VARCHAR(16) NOT NULL,
    target_key     VARCHAR(100) NOT NULL,
    confirm_hash   VARCHAR(64) NULL,
    client_hash    VARCHAR(64) NULL,
    created_at     TIMESTAMP NOT NULL,
    confirmed_at   TIMESTAMP NULL,
    last_digest_at TIMESTAMP NULL,
    next_digest_at TIMESTAMP NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_follow_subscription_confirm ON follow_subscription (confirm_hash);
CREATE INDEX ix_follow_subscription_due ON follow_subscription (next_digest_at);
CREATE INDEX ix_follow_subscription_email ON follow_subscription (email);
CREATE INDEX ix_follow_subscription_client ON follow_subscription (client_hash, created_at);

-- The embeddable widget (issue 16 item 7): the origins (scheme://host[:port]) an organisation's
-- quality managers allow to frame its widget page; the widget page's Content-Security-Policy
-- names them in frame-ancestors, every other page keeps frame-ancestors 'none'.
CREATE TABLE widget_origin (
    organisation_id BIGINT NOT NULL,
    origin          VARCHAR(200) NOT NULL,
    PRIMARY KEY (organisation_id, origin)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
