-- Photos on a story (issue 16): up to COPRODUCE_PHOTOS_PER_STORY (3) a story, each re-encoded on
-- the server as a JPEG without any metadata block. story_photo describes a photo (its alt text,
-- size, which store holds it); photo_data holds its bytes when the store is the database (the
-- default, and the only store built). Rows go when the photo is removed or the story erased.
CREATE TABLE story_photo (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    story_id   BIGINT NOT NULL,
    alt_text   VARCHAR(300) NOT NULL,
    width      INT NOT NULL,
    height     INT NOT NULL,
    byte_count INT NOT NULL,
    store      VARCHAR(20) NOT NULL,
    added_at   TIMESTAMP NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_story_photo_story ON story_photo (story_id);

CREATE TABLE photo_data (
    photo_id BIGINT PRIMARY KEY,
    bytes    LONGBLOB NOT NULL,
    CONSTRAINT fk_photo_data_photo FOREIGN KEY (photo_id) REFERENCES story_photo (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
