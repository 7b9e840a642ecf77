-- Scheduled reports (issue 17 item 4): a quality manager or admin (account_id) subscribes a scope
-- (an organisation with those under it, or a service) to its report, MONTHLY or WEEKLY, in a
-- language (en, de). Deleted with the subscription or when the account is disabled or can no
-- longer see the scope.
CREATE TABLE report_subscription (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT NOT NULL,
    scope_kind  VARCHAR(16) NOT NULL,
    scope_id    BIGINT NOT NULL,
    cadence     VARCHAR(8) NOT NULL,
    language    VARCHAR(2) NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    CONSTRAINT uq_report_subscription UNIQUE (account_id, scope_kind, scope_id, cadence)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One report e-mail per subscription and period ("2026-11" or "2026-W48"): the unique key is what
-- makes the job idempotent (a crash, a restart or a second instance never queues it twice).
CREATE TABLE report_delivery (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    subscription_id BIGINT NOT NULL,
    period          VARCHAR(8) NOT NULL,
    queued_at       TIMESTAMP NOT NULL,
    emailed_at      TIMESTAMP NULL,
    CONSTRAINT uq_report_delivery UNIQUE (subscription_id, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_report_delivery_queued ON report_delivery (queued_at);
