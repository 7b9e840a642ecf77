-- Outcomes by ISO week: the same summaries as by month, keyed by yw (ISO week-based year × 100 +
-- week, e.g. 202605), kept by the same count-story task. The ledger remembers the week it
-- counted a story in; rows without one (counted before weeks existed) are counted in weeks at
-- start.

ALTER TABLE outcome_story ADD COLUMN yw INT NULL;

CREATE INDEX ix_outcome_story_week ON outcome_story (yw, story_id);

CREATE TABLE service_week (
    service_id      BIGINT NOT NULL,
    yw              INT NOT NULL,
    stories         INT NOT NULL DEFAULT 0,
    critical_0      INT NOT NULL DEFAULT 0,
    critical_1      INT NOT NULL DEFAULT 0,
    critical_2      INT NOT NULL DEFAULT 0,
    critical_3      INT NOT NULL DEFAULT 0,
    critical_4      INT NOT NULL DEFAULT 0,
    critical_5      INT NOT NULL DEFAULT 0,
    concerns        INT NOT NULL DEFAULT 0,
    responded       INT NOT NULL DEFAULT 0,
    response_hours  BIGINT NOT NULL DEFAULT 0,
    overdue         INT NOT NULL DEFAULT 0,
    changes_planned INT NOT NULL DEFAULT 0,
    changes_made    INT NOT NULL DEFAULT 0,
    concerns_changed INT NOT NULL DEFAULT 0,
    PRIMARY KEY (service_id, yw)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE theme_week (
    service_id      BIGINT NOT NULL,
    yw              INT NOT NULL,
    code            VARCHAR(40) NOT NULL,
    polarity        VARCHAR(10) NOT NULL,
    stories         INT NOT NULL DEFAULT 0,
    PRIMARY KEY (service_id, yw, code, polarity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE response_week_day (
    service_id      BIGINT NOT NULL,
    yw              INT NOT NULL,
    days            INT NOT NULL,
    stories         INT NOT NULL DEFAULT 0,
    PRIMARY KEY (service_id, yw, days)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The drill-down's index of counted stories: one row per story and service it counted for (0:
-- the platform), and one per story, service and theme, in order of publication, so the stories
-- behind a number of a service, an organisation (its services) or the platform, over any months
-- or weeks and for a theme, are an index range read newest first. Kept with the ledger.
CREATE TABLE outcome_service_story (
    service_id      BIGINT NOT NULL,
    published_at    TIMESTAMP NOT NULL,
    story_id        BIGINT NOT NULL,
    PRIMARY KEY (service_id, published_at, story_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outcome_service_story_story ON outcome_service_story (story_id);

CREATE TABLE outcome_theme_story (
    service_id      BIGINT NOT NULL,
    code            VARCHAR(40) NOT NULL,
    polarity        VARCHAR(10) NOT NULL,
    published_at    TIMESTAMP NOT NULL,
    story_id        BIGINT NOT NULL,
    PRIMARY KEY (service_id, code, polarity, published_at, story_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outcome_theme_story_story ON outcome_theme_story (story_id);
