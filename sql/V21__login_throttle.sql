-- Failed-login counters shared by every instance: one row per key, a keyed hash (never an
-- address or e-mail) of the client address, of account + client address, or of the account alone.
-- Rows are locked with SELECT ... FOR UPDATE so concurrent guesses are all counted.
CREATE TABLE login_throttle (
    throttle_key   VARCHAR(64) NOT NULL PRIMARY KEY,
    attempts       INT NOT NULL,
    window_start   TIMESTAMP NOT NULL,
    blocked_until  TIMESTAMP NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_login_throttle_window_start ON login_throttle (window_start);
