-- Citizens take part in changes (issue 16 item 4), owned by the participation component.
-- A change of the register opened for participation by its organisation's staff. people: how many
-- took part, written when the participant hashes of a closed participation are forgotten.
CREATE TABLE change_participation (
    change_id  BIGINT PRIMARY KEY,
    is_open    BOOLEAN NOT NULL,
    opened_at  TIMESTAMP NULL,
    closed_at  TIMESTAMP NULL,
    changed_by BIGINT NULL,
    people     INT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A proposal on a change (proposal_id null) or a comment on a proposal: PENDING until a moderator
-- publishes (or rejects) it. display_name: only what the person chose to be shown as (null: none).
-- participant_hash: the keyed hash of the random token in the participant's cookie (counts people,
-- forgotten COPRODUCE_RETAIN_SUPPORT_DAYS after the participation closed). author_hash: SHA-256 of the token given to the author to erase it; client_hash: the keyed,
-- daily-changing hash of the client's address (rate limit, forgotten after 48 hours). findings: what
-- the personal-data and safeguarding screening found, for the moderator. answer: staff's decision on
-- a proposal (ADOPTED, NOT_ADOPTED, UNDER_CONSIDERATION) with its reason.
CREATE TABLE change_contribution (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    change_id        BIGINT NOT NULL,
    proposal_id      BIGINT NULL,
    body             TEXT NOT NULL,
    display_name     VARCHAR(60) NULL,
    language         VARCHAR(2) NOT NULL,
    status           VARCHAR(10) NOT NULL,
    findings         VARCHAR(300) NULL,
    author_hash      VARCHAR(64) NULL,
    participant_hash VARCHAR(64) NULL,
    client_hash      VARCHAR(64) NULL,
    created_at       TIMESTAMP NOT NULL,
    decided_at       TIMESTAMP NULL,
    decided_by       BIGINT NULL,
    published_at     TIMESTAMP NULL,
    rejection_reason VARCHAR(500) NULL,
    answer           VARCHAR(20) NULL,
    answer_reason    TEXT NULL,
    answered_at      TIMESTAMP NULL,
    answered_by      BIGINT NULL,
    supports         INT NOT NULL DEFAULT 0,
    version          BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_change_contribution_change ON change_contribution (change_id, status);
CREATE INDEX ix_change_contribution_queue ON change_contribution (status, created_at);
CREATE INDEX ix_change_contribution_proposal ON change_contribution (proposal_id);
CREATE INDEX ix_change_contribution_author ON change_contribution (author_hash);
CREATE INDEX ix_change_contribution_client ON change_contribution (client_hash, created_at);

-- A supporter of a proposal, once: supporter_hash is a keyed hash of the random token in the
-- supporter's cookie, the same as a contribution's participant_hash (null once forgotten, as there;
-- the support still counts).
CREATE TABLE proposal_support (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id    BIGINT NOT NULL,
    supporter_hash VARCHAR(64) NULL,
    client_hash    VARCHAR(64) NULL,
    created_at     TIMESTAMP NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE UNIQUE INDEX ux_proposal_support ON proposal_support (proposal_id, supporter_hash);
CREATE INDEX ix_proposal_support_client ON proposal_support (client_hash, created_at);

-- A milestone staff post on a change: PLANNED, IN_PROGRESS or DONE, the day, and what shows it.
CREATE TABLE change_milestone (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    change_id   BIGINT NOT NULL,
    stage       VARCHAR(12) NOT NULL,
    happened_on DATE NOT NULL,
    evidence    TEXT NULL,
    posted_by   BIGINT NOT NULL,
    posted_at   TIMESTAMP NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_change_milestone_change ON change_milestone (change_id);

-- One milestone e-mail to one confirmed follower (a following subscription's id), queued in the
-- transaction that posts the milestone and sent once by the outbox (emailed_at).
CREATE TABLE milestone_notice (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    milestone_id    BIGINT NOT NULL,
    subscription_id BIGINT NOT NULL,
    emailed_at      TIMESTAMP NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE UNIQUE INDEX ux_milestone_notice ON milestone_notice (milestone_id, subscription_id);
CREATE INDEX ix_milestone_notice_subscription ON milestone_notice (subscription_id);
