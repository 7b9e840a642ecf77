-- Barrier reports (issue 16 item 2): a story about a place rather than a service (a broken lift,
-- a missing ramp), told without an account, held for a moderator, routed on publication by
-- category and area to the organisations whose barrier routes match, whose responders set its
-- status (REPORTED, CONFIRMED, BEING_FIXED, FIXED) with an optional public note.
-- barrier_report keeps the exact point while the barrier awaits moderation or a fix (moderators and
-- the routed organisations' staff need it to find the barrier) and the public point, on a grid of
-- COPRODUCE_BARRIER_GRID_METRES (25); the reporter's optional e-mail address and the keyed hash of
-- the client (hourly limit) are personal data with their own retention (docs/barriers.md).
CREATE TABLE barrier_report (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    category         VARCHAR(40) NOT NULL,
    place            VARCHAR(200) NOT NULL,
    description      VARCHAR(2000) NOT NULL,
    language         VARCHAR(2),
    exact_latitude   DECIMAL(9, 6),
    exact_longitude  DECIMAL(9, 6),
    latitude         DECIMAL(9, 6) NOT NULL,
    longitude        DECIMAL(9, 6) NOT NULL,
    email            VARCHAR(254),
    client_hash      VARCHAR(64),
    screening        VARCHAR(300),
    state            VARCHAR(20) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    met_count        INT NOT NULL DEFAULT 0,
    submitted_at     TIMESTAMP NOT NULL,
    decided_at       TIMESTAMP NULL,
    decided_by       BIGINT,
    status_at        TIMESTAMP NULL,
    version          BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_barrier_report_map ON barrier_report (state, latitude, longitude);
CREATE INDEX ix_barrier_report_client ON barrier_report (client_hash, submitted_at);

-- Every status a responder set, with its public note: the barrier's public history. emailed_at
-- marks the reporter's e-mail about it as sent.
CREATE TABLE barrier_status (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    barrier_id      BIGINT NOT NULL,
    status          VARCHAR(20) NOT NULL,
    note            VARCHAR(1000),
    organisation_id BIGINT NOT NULL,
    account_id      BIGINT NOT NULL,
    changed_at      TIMESTAMP NOT NULL,
    emailed_at      TIMESTAMP NULL,
    CONSTRAINT fk_barrier_status_report FOREIGN KEY (barrier_id) REFERENCES barrier_report (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_barrier_status_barrier ON barrier_status (barrier_id, changed_at);

-- "I've met this too": one row a person and barrier. who_hash is a keyed hash of the signed-in
-- account or of the random token the page keeps; client_hash (the day's keyed hash of the address,
-- for the hourly limit) is cleared after 48 hours.
CREATE TABLE barrier_met (
    barrier_id  BIGINT NOT NULL,
    who_hash    VARCHAR(64) NOT NULL,
    client_hash VARCHAR(64),
    met_at      TIMESTAMP NOT NULL,
    PRIMARY KEY (barrier_id, who_hash),
    CONSTRAINT fk_barrier_met_report FOREIGN KEY (barrier_id) REFERENCES barrier_report (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_barrier_met_client ON barrier_met (client_hash, met_at);

-- Which organisation takes barriers of a category (NULL: every category) inside a box.
CREATE TABLE barrier_route (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT NOT NULL,
    category        VARCHAR(40),
    min_latitude    DECIMAL(9, 6) NOT NULL,
    min_longitude   DECIMAL(9, 6) NOT NULL,
    max_latitude    DECIMAL(9, 6) NOT NULL,
    max_longitude   DECIMAL(9, 6) NOT NULL,
    created_at      TIMESTAMP NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The organisations a published barrier was routed to (fixed at publication).
CREATE TABLE barrier_routed (
    barrier_id      BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    routed_at       TIMESTAMP NOT NULL,
    alerted_at      TIMESTAMP NULL,
    PRIMARY KEY (barrier_id, organisation_id),
    CONSTRAINT fk_barrier_routed_report FOREIGN KEY (barrier_id) REFERENCES barrier_report (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
