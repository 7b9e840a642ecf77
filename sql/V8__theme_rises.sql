-- Unusual rises of a theme ("could improve") for a service, an organisation or the platform
-- (scope_id 0), one per scope, theme and month, found by outcomes.control.RiseWatch.
CREATE TABLE theme_rise (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    scope_kind      VARCHAR(12) NOT NULL,
    scope_id        BIGINT NOT NULL,
    code            VARCHAR(40) NOT NULL,
    ym              INT NOT NULL,
    with_theme      BIGINT NOT NULL,
    stories         BIGINT NOT NULL,
    expected_share  DOUBLE NOT NULL,
    history_stories BIGINT NOT NULL,
    p_value         DOUBLE NOT NULL,
    detected_at     TIMESTAMP NOT NULL,
    emailed_at      TIMESTAMP NULL,
    CONSTRAINT uq_theme_rise UNIQUE (scope_kind, scope_id, code, ym)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_theme_rise_detected ON theme_rise (detected_at);
