-- Erasure without the link covers every component holding what was sent with the address
-- (docs/privacy.md, platform.ErasableByAddress), not only stories: the ids found in the other
-- components when the link was asked for, as "kind:id,id;kind:id" (story_ids keeps the stories).
ALTER TABLE erasure_request ADD COLUMN other_ids VARCHAR(2000);
