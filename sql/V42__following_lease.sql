-- The digest job of following.control.Digests runs on one instance a period (platform.Leases).
INSERT INTO job_lease (name) VALUES ('following-digest');
