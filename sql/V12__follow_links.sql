-- Follow links minted for e-mails to a storyteller (the first one is story.follow_token_hash):
-- only their hashes are kept, like the first.
CREATE TABLE follow_link (
    token_hash      VARCHAR(64) NOT NULL PRIMARY KEY,
    story_id        BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    CONSTRAINT fk_follow_link_story FOREIGN KEY (story_id) REFERENCES story (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- When the storyteller of a linked story was e-mailed "did it make a difference?".
ALTER TABLE change_story ADD COLUMN emailed_at TIMESTAMP NULL;
