-- A second factor for staff logins (TOTP, RFC 6238). The secret is sealed with AES-GCM under a
-- key derived from the server secret 'totp' (never stored in clear); last_step is the newest
-- time step used, so a code is never accepted twice; failed_codes and blocked_until slow down
-- guessing at codes. confirmed_at stays null until the first code proves the app has the secret.
CREATE TABLE second_factor (
    account_id     BIGINT NOT NULL PRIMARY KEY,
    secret_sealed  VARCHAR(200) NOT NULL,
    confirmed_at   TIMESTAMP NULL,
    last_step      BIGINT NOT NULL DEFAULT 0,
    failed_codes   INT NOT NULL DEFAULT 0,
    blocked_until  TIMESTAMP NULL,
    CONSTRAINT fk_second_factor_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One-time recovery codes: only a keyed hash of each; used_at set when it is spent.
CREATE TABLE recovery_code (
    code_hash   VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id  BIGINT NOT NULL,
    used_at     TIMESTAMP NULL,
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_recovery_code_account ON recovery_code (account_id);

-- A password that was right, waiting a few minutes for the second factor: only the hash of the
-- random value in the pending cookie. Not a session: it opens nothing but the second step.
CREATE TABLE login_pending (
    token_hash  CHAR(64) NOT NULL PRIMARY KEY,
    account_id  BIGINT NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    CONSTRAINT fk_login_pending_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A login whose role needs a second factor that is not set up yet may only set it up.
ALTER TABLE login_session ADD COLUMN enrol_only BOOLEAN NOT NULL DEFAULT FALSE;
