-- People who said "I've experienced this too" and left an address to be asked, when a change
-- answering the story is made, whether it made a difference (never shown, never exported).
CREATE TABLE me_too_contact (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    story_id        BIGINT NOT NULL,
    email           VARCHAR(254) NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    CONSTRAINT uq_me_too_contact UNIQUE (story_id, email),
    CONSTRAINT fk_me_too_story FOREIGN KEY (story_id) REFERENCES story (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One question per change and such person, answered through the link in its e-mail (kept as a hash).
CREATE TABLE difference_ask (
    token_hash      VARCHAR(64) NOT NULL PRIMARY KEY,
    change_id       BIGINT NOT NULL,
    contact_id      BIGINT NOT NULL,
    answer          VARCHAR(10) NULL,
    answered_at     TIMESTAMP NULL,
    created_at      TIMESTAMP NOT NULL,
    CONSTRAINT uq_difference_ask UNIQUE (change_id, contact_id),
    CONSTRAINT fk_difference_ask_change FOREIGN KEY (change_id) REFERENCES service_change (id),
    CONSTRAINT fk_difference_ask_contact FOREIGN KEY (contact_id) REFERENCES me_too_contact (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
