-- "Me too" addresses are confirmed (double opt-in) before anything but the confirmation is sent:
-- the confirmation link's token is kept as a hash. An address can be erased (unsubscribe,
-- retention) while the row, and the answers given through it (difference_ask), stay.
ALTER TABLE me_too_contact ADD COLUMN confirm_hash VARCHAR(64) NULL;
ALTER TABLE me_too_contact ADD COLUMN confirmed_at TIMESTAMP NULL;
ALTER TABLE me_too_contact MODIFY COLUMN email VARCHAR(254) NULL;
CREATE INDEX ix_me_too_contact_confirm ON me_too_contact (confirm_hash);
