-- Organisations get summary rows of their own: service_id = minus the organisation's id, in
-- every summary table and in the drill-down index, for the organisation that runs a story's
-- service and each of its parents. An organisation's dashboard then reads one row per period,
-- as the platform's does, and counts a story naming two of its services once. The ledger
-- remembers which organisations it counted a story for; a row without (null: counted before
-- this) is counted again at start, which adds only its organisations' cells.

ALTER TABLE outcome_story ADD COLUMN organisations VARCHAR(500) NULL;

-- Finds the rows still to count at start (an index range, not a scan per batch).
CREATE INDEX ix_outcome_story_organisations ON outcome_story (organisations, story_id);
