-- Signed webhooks (issue 17): an organisation's endpoints and the log of what was delivered to
-- them. The signing secret is sealed (AES-256-GCM under the server key 'webhooks', never in
-- clear); consecutive_failures counts failed attempts since the last success, and the endpoint is
-- disabled (disabled_at) when it reaches COPRODUCE_WEBHOOK_DISABLE_AFTER. A delivery is one event
-- to one endpoint: message_id (the webhook-id header) stays the same across its attempts and
-- redeliveries; the payload holds ids, links and statuses only.
CREATE TABLE webhook_endpoint (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id      BIGINT NOT NULL,
    url                  VARCHAR(2000) NOT NULL,
    events               VARCHAR(500) NOT NULL,
    secret_sealed        VARCHAR(200) NOT NULL,
    created_by           BIGINT NULL,
    created_at           TIMESTAMP NOT NULL,
    consecutive_failures INT NOT NULL DEFAULT 0,
    disabled_at          TIMESTAMP NULL,
    disabled_mailed_at   TIMESTAMP NULL,
    version              BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_webhook_endpoint_organisation ON webhook_endpoint (organisation_id);

CREATE TABLE webhook_delivery (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    endpoint_id      BIGINT NOT NULL,
    message_id       VARCHAR(64) NOT NULL,
    event_type       VARCHAR(40) NOT NULL,
    payload          TEXT NOT NULL,
    status           VARCHAR(16) NOT NULL,
    attempts         INT NOT NULL DEFAULT 0,
    last_status_code INT NULL,
    last_duration_ms BIGINT NULL,
    last_error       VARCHAR(500) NULL,
    last_attempt_at  TIMESTAMP NULL,
    next_attempt_at  TIMESTAMP NULL,
    delivered_at     TIMESTAMP NULL,
    created_at       TIMESTAMP NOT NULL,
    CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_webhook_delivery_endpoint ON webhook_delivery (endpoint_id, id);
CREATE INDEX ix_webhook_delivery_created ON webhook_delivery (created_at);
