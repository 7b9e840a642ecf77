-- Full-text search over what the public reads (docs/search.md). search_text holds the published
-- title and text and their English and German stems (written by the application at publication;
-- stories published before this migration get their words unstemmed), NULL while not published.
-- MySQL 8 and MariaDB run the executable comment and build an InnoDB FULLTEXT index; H2 reads it
-- as a comment and the search falls back to LIKE.
ALTER TABLE story ADD COLUMN search_text TEXT NULL;
UPDATE story SET search_text = CONCAT(COALESCE(published_title, ''), ' ', published_body) WHERE published_body IS NOT NULL;
/*!50604 CREATE FULLTEXT INDEX ft_story_search ON story (search_text) */;
