-- Held for the provider: a published story of high criticality, or flagged for safeguarding, is
-- shown to the organisations it was routed to first and becomes public at held_until (null while
-- a moderator keeps it held), or when a responder acknowledges it, or when a moderator releases it.
alter table story add column held_until TIMESTAMP NULL;
create index ix_story_held on story (status, held_until);
