-- Organisations get summary rows of their own: service_id = minus the organisation's id, in
-- every summary table and in the drill-down index, for the organisation that runs a story's
-- service and each of its parents. An organisation's dashboard then reads one row per period,
-- as the platform's does, and counts a story naming two of its services once. The ledger
-- remembers which organisations it counted a story for; a row without (null: counted before
-- this) is counted again at start, which adds only its organisations' cells.

ALTER TABLE outcome_story ADD COLUMN organisations VARCHAR(500) NULL;

-- Finds the rows still to count at start (an index range, not a scan per batch).
CREATE INDEX ix_outcome_story_organisations ON outcome_story (organisations, story_id);

-- What was counted of each story, copied into its drill-down index rows, so that a drill-down
-- filtered by criticality, sentiment, answer, deadline, change or polarity reads one index range
-- and no ledger rows. Rewritten with the ledger row; filled for existing rows by the recount at
-- start above.
ALTER TABLE outcome_service_story ADD COLUMN criticality INT NOT NULL DEFAULT 0;
ALTER TABLE outcome_service_story ADD COLUMN sentiment VARCHAR(10) NULL;
ALTER TABLE outcome_service_story ADD COLUMN responded BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE outcome_service_story ADD COLUMN overdue BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE outcome_service_story ADD COLUMN change_kind VARCHAR(10) NULL;
ALTER TABLE outcome_service_story ADD COLUMN concern BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE outcome_service_story ADD COLUMN praise BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE outcome_theme_story ADD COLUMN criticality INT NOT NULL DEFAULT 0;
ALTER TABLE outcome_theme_story ADD COLUMN sentiment VARCHAR(10) NULL;
ALTER TABLE outcome_theme_story ADD COLUMN responded BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE outcome_theme_story ADD COLUMN overdue BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE outcome_theme_story ADD COLUMN change_kind VARCHAR(10) NULL;
ALTER TABLE outcome_theme_story ADD COLUMN concern BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE outcome_theme_story ADD COLUMN praise BOOLEAN NOT NULL DEFAULT FALSE;
