INSERT INTO job_lease (name) VALUES ('reminders');
