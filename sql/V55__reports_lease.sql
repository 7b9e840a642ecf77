-- The scheduled reports job (reports.control.ReportRound) runs on one instance a period (platform.Leases).
INSERT INTO job_lease (name) VALUES ('reports');
