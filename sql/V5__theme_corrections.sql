-- Moderators' corrections of the suggested themes: training data for the next model.
CREATE TABLE theme_correction (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    story_id        BIGINT NOT NULL,
    code            VARCHAR(40) NOT NULL,
    action          VARCHAR(10) NOT NULL,
    suggested       VARCHAR(15) NULL,
    chosen          VARCHAR(15) NULL,
    model_version   VARCHAR(60) NULL,
    moderator_id    BIGINT NULL,
    corrected_at    TIMESTAMP NOT NULL,
    CONSTRAINT fk_correction_story FOREIGN KEY (story_id) REFERENCES story (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_correction_story ON theme_correction (story_id);

-- Theme models trained from corrections, with their held-out scores; one is active.
CREATE TABLE theme_model (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         VARCHAR(60) NOT NULL,
    status          VARCHAR(15) NOT NULL,
    active          BOOLEAN NOT NULL DEFAULT FALSE,
    corrections     INT NOT NULL DEFAULT 0,
    held_out        INT NOT NULL DEFAULT 0,
    active_f1       DOUBLE NULL,
    candidate_f1    DOUBLE NULL,
    model           LONGBLOB NULL,
    message         VARCHAR(500) NULL,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
