-- Responders manage their own words. edited_at: when the public text of a published response was
-- last replaced by its author's edit (pages show "edited"). pending_body: the author's edit of a
-- published response while it awaits moderation (the published text stays public meanwhile).
-- withdrawn_at: when its author withdrew it (status WITHDRAWN; gone from public).
ALTER TABLE response ADD COLUMN edited_at TIMESTAMP NULL;
ALTER TABLE response ADD COLUMN pending_body TEXT NULL;
ALTER TABLE response ADD COLUMN withdrawn_at TIMESTAMP NULL;
