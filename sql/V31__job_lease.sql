-- Work that one instance at a time does for all (the daily retention pass): the instance that
-- locks the row (SELECT ... FOR UPDATE SKIP LOCKED) and finds the last run old enough does it.
CREATE TABLE job_lease (
    name        VARCHAR(64) NOT NULL PRIMARY KEY,
    last_run_at TIMESTAMP NULL
);
INSERT INTO job_lease (name, last_run_at) VALUES ('retention', NULL);
