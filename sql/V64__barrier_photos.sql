-- Photos on a barrier report (docs/barriers.md): the photos of the photos component, re-encoded the
-- same way and kept in the same store (photo_data), belong to a story or to a barrier report, never
-- both. The barriers component erases them through the photo store before a report's row goes (the
-- foreign key refuses a report deleted with its photos still there); MySQL allows no cascading
-- action on a column a CHECK reads.
ALTER TABLE story_photo MODIFY story_id BIGINT NULL;
ALTER TABLE story_photo ADD COLUMN barrier_id BIGINT NULL;
CREATE INDEX ix_story_photo_barrier ON story_photo (barrier_id);
ALTER TABLE story_photo ADD CONSTRAINT fk_story_photo_barrier FOREIGN KEY (barrier_id) REFERENCES barrier_report (id);
ALTER TABLE story_photo ADD CONSTRAINT ck_story_photo_owner
    CHECK ((story_id IS NOT NULL AND barrier_id IS NULL) OR (story_id IS NULL AND barrier_id IS NOT NULL));
