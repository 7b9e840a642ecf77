-- Notice and action (issue 14, after the EU Digital Services Act): anyone may report a published
-- story or response (story_report, response_id set for a response); the storyteller's contest of
-- a moderators' decision is a report with reason CONTEST. note: the reporter's (or storyteller's)
-- words, personal data: erased with the story, and a decided report is deleted after
-- COPRODUCE_REPORT_DAYS. client_hash: the keyed daily hash of the client, for the rate limit and
-- for counting distinct reporters (automatic hiding at COPRODUCE_REPORTS_HIDE_AT).
CREATE TABLE story_report (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    story_id        BIGINT NOT NULL,
    response_id     BIGINT NULL,
    reason          VARCHAR(20) NOT NULL,
    note            TEXT NULL,
    client_hash     CHAR(64) NULL,
    reported_at     TIMESTAMP NOT NULL,
    decided_at      TIMESTAMP NULL,
    decision        VARCHAR(20) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_story_report_story ON story_report (story_id, decided_at);
CREATE INDEX ix_story_report_client ON story_report (client_hash, reported_at);

-- The moderators' statement of reasons the storyteller sees (a story hidden, unpublished or edited
-- after publication), and when the moderators last edited its public text (its page says so).
ALTER TABLE story ADD COLUMN moderators_reason VARCHAR(2000) NULL;
ALTER TABLE story ADD COLUMN moderators_edited_at TIMESTAMP NULL;
