-- Retraining learns German too (docs/analysis.md, "Retraining from moderators' corrections"): a row is
-- one language's candidate in a run, and each language has its own active model. A run (one request)
-- has a row per language; run_id is the id of its first. Rows from before were English runs of their own.
ALTER TABLE theme_model ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'en';
ALTER TABLE theme_model ADD COLUMN run_id BIGINT NULL;
UPDATE theme_model SET run_id = id;
CREATE INDEX ix_theme_model_run ON theme_model (run_id);
CREATE INDEX ix_theme_model_active ON theme_model (language, active);
