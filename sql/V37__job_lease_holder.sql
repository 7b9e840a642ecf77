-- Leases held by one instance for a while (platform.Leases): the instance that moves held_until
-- forward in one UPDATE (only if it has passed) holds the work until then, or until it lets go.
-- Retraining is held while it runs; the shared periodic jobs for most of their period.
ALTER TABLE job_lease ADD COLUMN holder VARCHAR(64) NULL;
ALTER TABLE job_lease ADD COLUMN held_until TIMESTAMP NULL;
INSERT INTO job_lease (name) VALUES ('retraining');
INSERT INTO job_lease (name) VALUES ('escalation');
INSERT INTO job_lease (name) VALUES ('outcomes-upgrade');
INSERT INTO job_lease (name) VALUES ('outcomes-sweep');
INSERT INTO job_lease (name) VALUES ('rises');
INSERT INTO job_lease (name) VALUES ('reminders');
