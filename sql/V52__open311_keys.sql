-- Open311 GeoReport v2 (issue 17 item 2): the API keys that civic apps (FixMyStreet and others)
-- send with POST /open311/v2/requests. An administrator issues a key to an app; the key is shown
-- once and only its SHA-256 is kept (with its first characters, so that admins recognise it).
-- A revoked key stays listed (revoked_at) and is refused from then on.
CREATE TABLE open311_key (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    key_hash      CHAR(64) NOT NULL,
    key_prefix    VARCHAR(16) NOT NULL,
    created_by    BIGINT NULL,
    created_at    TIMESTAMP NOT NULL,
    last_used_at  TIMESTAMP NULL,
    revoked_at    TIMESTAMP NULL,
    version       BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE UNIQUE INDEX uq_open311_key_hash ON open311_key (key_hash);
