-- Service directory and staff accounts. Valid on MySQL 8, MariaDB 10.11 and H2 (MODE=MySQL).
-- Every table is InnoDB and utf8mb4, so German umlauts and emoji round-trip.

CREATE TABLE organisation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_id   BIGINT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(60) NULL,
    city        VARCHAR(100) NULL,
    country     CHAR(2) NOT NULL,
    website     VARCHAR(300) NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_organisation_parent FOREIGN KEY (parent_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE service (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT NOT NULL,
    name            VARCHAR(200) NOT NULL,
    category        VARCHAR(30) NOT NULL,
    description     VARCHAR(1000) NULL,
    address         VARCHAR(300) NULL,
    postcode        VARCHAR(20) NULL,
    city            VARCHAR(100) NULL,
    country         CHAR(2) NOT NULL,
    latitude        DECIMAL(9, 6) NULL,
    longitude       DECIMAL(9, 6) NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_service_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_service_category ON service (category);
CREATE INDEX ix_service_name ON service (name);
CREATE INDEX ix_service_position ON service (latitude, longitude);

CREATE TABLE account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    job_title       VARCHAR(120) NULL,
    password_hash   VARCHAR(300) NOT NULL,
    role            VARCHAR(30) NOT NULL,
    platform_wide   BOOLEAN NOT NULL DEFAULT FALSE,
    failed_logins   INT NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP NULL,
    created_at      TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_account_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_organisation (
    account_id      BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (account_id, organisation_id),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
