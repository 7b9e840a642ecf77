-- The audit trail of moderators' decisions on what is not a story (moderation.control.ItemAudit):
-- proposals and comments on changes (participation) and barrier reports (barriers). Who decided,
-- when, on which item, what, and the reason given; never the item's text. A reason goes
-- ("[erased]") when its author erases the item, and after COPRODUCE_RETAIN_REJECTED_DAYS (90): the facts stay.
CREATE TABLE moderation_item_decision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_kind       VARCHAR(16) NOT NULL,
    item_id         BIGINT NOT NULL,
    moderator_id    BIGINT NULL,
    action          VARCHAR(20) NOT NULL,
    reason          VARCHAR(1000) NULL,
    decided_at      TIMESTAMP NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_item_decision_item ON moderation_item_decision (item_kind, item_id);
CREATE INDEX ix_item_decision_at ON moderation_item_decision (decided_at);
