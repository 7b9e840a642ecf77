-- Routing that never drops a story (issue 14). story_route: the colleague the organisation assigned
-- the story to (assignee_id), when the reminder before the deadline went out (reminded_at, once), and
-- a version for assignments (409 on a stale one).
ALTER TABLE story_route ADD COLUMN assignee_id BIGINT NULL;
ALTER TABLE story_route ADD COLUMN reminded_at TIMESTAMP NULL;
ALTER TABLE story_route ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

CREATE INDEX ix_route_reminder ON story_route (responded_at, reminded_at, due_at);

-- A published story no organisation took: waits in the platform queue until a moderator or an
-- administrator routes it by hand (routed_at, routed_by).
CREATE TABLE unrouted_story (
    story_id        BIGINT PRIMARY KEY,
    queued_at       TIMESTAMP NOT NULL,
    routed_at       TIMESTAMP NULL,
    routed_by       BIGINT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_unrouted_story FOREIGN KEY (story_id) REFERENCES story (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Private staff notes of an organisation on a story routed to it (personal data: erased with the
-- story, purged after COPRODUCE_RETAIN_NOTE_DAYS).
CREATE TABLE story_note (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    story_id        BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    author_id       BIGINT NULL,
    body            VARCHAR(2000) NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    CONSTRAINT fk_note_story FOREIGN KEY (story_id) REFERENCES story (id),
    CONSTRAINT fk_note_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_note_route ON story_note (story_id, organisation_id, created_at);
