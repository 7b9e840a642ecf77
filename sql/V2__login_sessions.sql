-- Logins live in the database, not in one server's memory: any instance can serve any request,
-- and a restart does not log people out. Only a SHA-256 of the cookie value is stored.
CREATE TABLE login_session (
    token_hash  CHAR(64) NOT NULL PRIMARY KEY,
    account_id  BIGINT NOT NULL,
    csrf_token  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    last_seen   TIMESTAMP NOT NULL,
    CONSTRAINT fk_login_session_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_login_session_last_seen ON login_session (last_seen);
