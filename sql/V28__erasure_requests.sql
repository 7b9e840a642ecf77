-- Erasure asked for without the follow link (issue 13): the storyteller gives the address they
-- told their stories with and is e-mailed a one-time link to erase them. Neither the address nor
-- the link is stored: the address as a keyed hash (for the hourly limit per address), the link as
-- a hash; the stories found for the address by id. Deleted 7 days after the request.
CREATE TABLE erasure_request (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    address_hash    VARCHAR(64) NOT NULL,
    story_ids       VARCHAR(2000) NOT NULL,
    language        VARCHAR(5) NOT NULL,
    token_hash      VARCHAR(64) NULL,
    created_at      TIMESTAMP NOT NULL,
    used_at         TIMESTAMP NULL,
    CONSTRAINT uq_erasure_request_token UNIQUE (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_erasure_request_address ON erasure_request (address_hash, created_at);
