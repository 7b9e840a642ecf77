-- Outcomes: summary tables that dashboards read (never the story table), kept up to date by the
-- outbox task count-story, and the change register.

-- What was counted for each published story, so that counting again (after a response, a
-- withdrawal, a missed deadline) applies only the difference. Dashboards never read it.
CREATE TABLE outcome_story (
    story_id        BIGINT NOT NULL PRIMARY KEY,
    ym              INT NOT NULL,
    services        VARCHAR(500) NOT NULL,
    themes          VARCHAR(2000) NOT NULL,
    criticality     INT NOT NULL,
    published_at    TIMESTAMP NOT NULL,
    due_at          TIMESTAMP NOT NULL,
    responded_at    TIMESTAMP NULL,
    change_kind     VARCHAR(10) NULL,
    overdue         BOOLEAN NOT NULL DEFAULT FALSE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outcome_story_open ON outcome_story (overdue, responded_at, due_at);
CREATE INDEX ix_outcome_story_month ON outcome_story (ym, story_id);

-- One row per service (0: the whole platform) and month (yyyymm) of publication.
CREATE TABLE service_month (
    service_id      BIGINT NOT NULL,
    ym              INT NOT NULL,
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
    PRIMARY KEY (service_id, ym)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Stories per service (0: platform), month, theme and polarity.
CREATE TABLE theme_month (
    service_id      BIGINT NOT NULL,
    ym              INT NOT NULL,
    code            VARCHAR(40) NOT NULL,
    polarity        VARCHAR(10) NOT NULL,
    stories         INT NOT NULL DEFAULT 0,
    PRIMARY KEY (service_id, ym, code, polarity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Answered stories per service (0: platform), month and whole days to the first response
-- (60 means 60 or more): the median time to respond, to the day, without reading stories.
CREATE TABLE response_day (
    service_id      BIGINT NOT NULL,
    ym              INT NOT NULL,
    days            INT NOT NULL,
    stories         INT NOT NULL DEFAULT 0,
    PRIMARY KEY (service_id, ym, days)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The change register: what an organisation planned or changed, and the stories it answers.
CREATE TABLE service_change (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    status          VARCHAR(10) NOT NULL,
    planned_on      DATE NULL,
    made_on         DATE NULL,
    created_by      BIGINT NULL,
    created_at      TIMESTAMP NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_change_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_change_organisation ON service_change (organisation_id, status);

CREATE TABLE change_service (
    change_id       BIGINT NOT NULL,
    service_id      BIGINT NOT NULL,
    PRIMARY KEY (change_id, service_id),
    CONSTRAINT fk_change_service_change FOREIGN KEY (change_id) REFERENCES service_change (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE change_theme (
    change_id       BIGINT NOT NULL,
    code            VARCHAR(40) NOT NULL,
    PRIMARY KEY (change_id, code),
    CONSTRAINT fk_change_theme_change FOREIGN KEY (change_id) REFERENCES service_change (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Stories a change answers, and their storyteller's answer to "did it make a difference?"
-- (YES, PARTLY, NO, TOO_EARLY), asked once the change is made and the delay has passed.
CREATE TABLE change_story (
    change_id       BIGINT NOT NULL,
    story_id        BIGINT NOT NULL,
    ask_from        TIMESTAMP NULL,
    difference      VARCHAR(10) NULL,
    answered_at     TIMESTAMP NULL,
    PRIMARY KEY (change_id, story_id),
    CONSTRAINT fk_change_story_change FOREIGN KEY (change_id) REFERENCES service_change (id),
    CONSTRAINT fk_change_story_story FOREIGN KEY (story_id) REFERENCES story (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_change_story_story ON change_story (story_id);
