-- The story lifecycle: submission, background work (outbox), moderation with an audit trail,
-- routing and alerts, responses and dialogue, "me too".

CREATE TABLE story (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    follow_token_hash   CHAR(64) NOT NULL,
    status              VARCHAR(20) NOT NULL,
    progress            VARCHAR(20) NOT NULL,
    relation            VARCHAR(20) NOT NULL,
    happened            CHAR(7) NOT NULL,
    category            VARCHAR(30) NULL,
    title               VARCHAR(200) NOT NULL,
    body                TEXT NULL,
    prompt_good         TEXT NULL,
    prompt_improve      TEXT NULL,
    prompt_feeling      TEXT NULL,
    email               VARCHAR(254) NULL,
    latitude            DECIMAL(9, 6) NULL,
    longitude           DECIMAL(9, 6) NULL,
    published_title     VARCHAR(200) NULL,
    published_body      TEXT NULL,
    criticality         INT NULL,
    suggested_criticality INT NULL,
    safeguarding        BOOLEAN NOT NULL DEFAULT FALSE,
    language            VARCHAR(5) NULL,
    rejection_reason    VARCHAR(1000) NULL,
    idempotency_key     VARCHAR(100) NULL,
    request_hash        CHAR(64) NULL,
    client_hash         CHAR(64) NULL,
    me_too              INT NOT NULL DEFAULT 0,
    submitted_at        TIMESTAMP NOT NULL,
    published_at        TIMESTAMP NULL,
    first_read_at       TIMESTAMP NULL,
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_story_follow UNIQUE (follow_token_hash),
    CONSTRAINT uq_story_idempotency UNIQUE (idempotency_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_story_queue ON story (status, suggested_criticality, submitted_at);
CREATE INDEX ix_story_published ON story (status, published_at);
CREATE INDEX ix_story_client ON story (client_hash, submitted_at);

CREATE TABLE story_service (
    story_id    BIGINT NOT NULL,
    service_id  BIGINT NOT NULL,
    PRIMARY KEY (story_id, service_id),
    CONSTRAINT fk_story_service_story FOREIGN KEY (story_id) REFERENCES story (id),
    CONSTRAINT fk_story_service_service FOREIGN KEY (service_id) REFERENCES service (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_story_service_service ON story_service (service_id, story_id);

-- Themes a moderator confirmed: the only ones shown in public.
CREATE TABLE story_theme (
    story_id    BIGINT NOT NULL,
    code        VARCHAR(40) NOT NULL,
    polarity    VARCHAR(10) NOT NULL,
    PRIMARY KEY (story_id, code),
    CONSTRAINT fk_story_theme_story FOREIGN KEY (story_id) REFERENCES story (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_story_theme_code ON story_theme (code, polarity);

-- The machine's suggestions for moderators, as the analysis component wrote them (JSON).
CREATE TABLE story_analysis (
    story_id        BIGINT NOT NULL PRIMARY KEY,
    model_version   VARCHAR(60) NOT NULL,
    analysis        MEDIUMTEXT NOT NULL,
    analysed_at     TIMESTAMP NOT NULL,
    CONSTRAINT fk_story_analysis_story FOREIGN KEY (story_id) REFERENCES story (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Background work written in the same transaction as the change that needs it.
CREATE TABLE outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(40) NOT NULL,
    subject_id      BIGINT NOT NULL,
    status          VARCHAR(10) NOT NULL,
    attempts        INT NOT NULL DEFAULT 0,
    available_at    TIMESTAMP NOT NULL,
    last_error      VARCHAR(500) NULL,
    created_at      TIMESTAMP NOT NULL,
    done_at         TIMESTAMP NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_due ON outbox (status, available_at);

CREATE TABLE moderation_decision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    story_id        BIGINT NOT NULL,
    response_id     BIGINT NULL,
    moderator_id    BIGINT NULL,
    action          VARCHAR(20) NOT NULL,
    reason          VARCHAR(1000) NULL,
    text_before     TEXT NULL,
    text_after      TEXT NULL,
    decided_at      TIMESTAMP NOT NULL,
    CONSTRAINT fk_decision_story FOREIGN KEY (story_id) REFERENCES story (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_decision_story ON moderation_decision (story_id, decided_at);

-- Organisations a published story was routed to, with the response deadline.
CREATE TABLE story_route (
    story_id        BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    due_at          TIMESTAMP NOT NULL,
    responded_at    TIMESTAMP NULL,
    escalated_at    TIMESTAMP NULL,
    PRIMARY KEY (story_id, organisation_id),
    CONSTRAINT fk_route_story FOREIGN KEY (story_id) REFERENCES story (id),
    CONSTRAINT fk_route_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_route_due ON story_route (responded_at, escalated_at, due_at);
CREATE INDEX ix_route_organisation ON story_route (organisation_id, story_id);

-- Besides a service's own organisation and its parents: organisations that take stories of a
-- category (optionally within radius_km of a point).
CREATE TABLE routing_rule (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT NOT NULL,
    category        VARCHAR(30) NULL,
    latitude        DECIMAL(9, 6) NULL,
    longitude       DECIMAL(9, 6) NULL,
    radius_km       DECIMAL(8, 2) NULL,
    CONSTRAINT fk_rule_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE subscription (
    account_id      BIGINT NOT NULL,
    service_id      BIGINT NOT NULL,
    min_criticality INT NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, service_id),
    CONSTRAINT fk_subscription_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_subscription_service FOREIGN KEY (service_id) REFERENCES service (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE alert (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT NOT NULL,
    story_id        BIGINT NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    read_at         TIMESTAMP NULL,
    emailed_at      TIMESTAMP NULL,
    CONSTRAINT uq_alert UNIQUE (account_id, story_id, kind),
    CONSTRAINT fk_alert_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_alert_story FOREIGN KEY (story_id) REFERENCES story (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_alert_inbox ON alert (account_id, read_at, created_at);

CREATE TABLE response (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    story_id        BIGINT NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    author_id       BIGINT NULL,
    author_name     VARCHAR(120) NULL,
    author_title    VARCHAR(120) NULL,
    organisation_id BIGINT NULL,
    body            TEXT NOT NULL,
    change_kind     VARCHAR(10) NULL,
    change_text     VARCHAR(2000) NULL,
    status          VARCHAR(20) NOT NULL,
    helpful         INT NOT NULL DEFAULT 0,
    created_at      TIMESTAMP NOT NULL,
    published_at    TIMESTAMP NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_response_story FOREIGN KEY (story_id) REFERENCES story (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_response_story ON response (story_id, status, created_at);
CREATE INDEX ix_response_status ON response (status, created_at);

-- One "me too" per story and client, one "helpful" per response and client (keyed hashes).
CREATE TABLE reaction (
    subject_kind    VARCHAR(10) NOT NULL,
    subject_id      BIGINT NOT NULL,
    client_hash     CHAR(64) NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    PRIMARY KEY (subject_kind, subject_id, client_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Server-side secrets (for keyed hashes of follow tokens and client addresses), generated at
-- first start and shared by every instance.
CREATE TABLE app_secret (
    name    VARCHAR(40) NOT NULL PRIMARY KEY,
    secret  CHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
