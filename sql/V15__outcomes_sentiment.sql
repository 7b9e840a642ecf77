-- Outcomes by sentiment: stories per period by the analysis's whole-story sentiment (positive,
-- mixed, negative; unknown while a story has no analysis), so the four always sum to the stories.
-- The ledger remembers the sentiment it counted. Stories counted before (sentiment null) are
-- taken as counted "unknown" here and counted again at start, which moves them to their
-- analysis's sentiment.

ALTER TABLE outcome_story ADD COLUMN sentiment VARCHAR(10) NULL;

-- Finds the rows still to count at start (an index range, not a scan per batch).
CREATE INDEX ix_outcome_story_sentiment ON outcome_story (sentiment, story_id);

ALTER TABLE service_month ADD COLUMN sentiment_positive INT NOT NULL DEFAULT 0;
ALTER TABLE service_month ADD COLUMN sentiment_mixed INT NOT NULL DEFAULT 0;
ALTER TABLE service_month ADD COLUMN sentiment_negative INT NOT NULL DEFAULT 0;
ALTER TABLE service_month ADD COLUMN sentiment_unknown INT NOT NULL DEFAULT 0;

ALTER TABLE service_week ADD COLUMN sentiment_positive INT NOT NULL DEFAULT 0;
ALTER TABLE service_week ADD COLUMN sentiment_mixed INT NOT NULL DEFAULT 0;
ALTER TABLE service_week ADD COLUMN sentiment_negative INT NOT NULL DEFAULT 0;
ALTER TABLE service_week ADD COLUMN sentiment_unknown INT NOT NULL DEFAULT 0;

UPDATE service_month SET sentiment_unknown = stories;
UPDATE service_week SET sentiment_unknown = stories;
