-- The map of published stories (GET /api/map, issue 16 item 3): the viewport query reads the
-- published stories whose public (coarsened) point lies in a box. This index serves it on its
-- own (status, then a range of latitudes, longitude checked in the index, the id from the
-- primary key): the clusters are counted without reading the rows. Plain SQL, the same on
-- MySQL 8, MariaDB 10.11 and H2.
CREATE INDEX ix_story_map ON story (status, latitude, longitude, place_grid_metres);
