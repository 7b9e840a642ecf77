-- Why a moderator rejected a response or a storyteller's reply: a reason from a fixed list
-- (PERSONAL_DATA, OFFENSIVE, OFF_TOPIC, SAFEGUARDING, OTHER) and an optional note in the
-- moderator's words. Null for replies that were not rejected, and for those rejected before.
ALTER TABLE response ADD COLUMN rejection_reason VARCHAR(40) NULL;
ALTER TABLE response ADD COLUMN rejection_note VARCHAR(1000) NULL;
