-- Account lifecycle (accounts): an admin disables an account (its sessions end at once, it cannot
-- log in) and enables it again; a forgotten password is reset through an e-mailed one-time link.
-- Every reset request makes a row, also for an unknown address (account_id NULL, nothing is sent),
-- so both cost the same. The link's token is made when the e-mail is written; only its SHA-256 is
-- stored. Valid COPRODUCE_PASSWORD_RESET_MINUTES after the request, used once.
ALTER TABLE account ADD COLUMN disabled_at TIMESTAMP NULL;

CREATE TABLE password_reset (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash  CHAR(64) NULL,
    account_id  BIGINT NULL,
    language    VARCHAR(5) NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    expires_at  TIMESTAMP NOT NULL,
    emailed_at  TIMESTAMP NULL,
    used_at     TIMESTAMP NULL,
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_password_reset_expires_at ON password_reset (expires_at);
