-- Far-zoom map counts (stories.control.MapCells, docs/api.md "Map"): the published stories with a
-- public point, counted per cell of the zoom-10 grid (about 10 km), refilled by one instance every
-- COPRODUCE_MAP_CELLS_MS. A viewport at zoom 9 or less holding many stories adds these cells up
-- instead of reading every story (5 s at a million stories for Europe at zoom 4).
CREATE TABLE story_map_cell (
    cy INT NOT NULL,
    cx INT NOT NULL,
    stories INT NOT NULL,
    latitude_sum DOUBLE NOT NULL,
    longitude_sum DOUBLE NOT NULL,
    min_latitude DOUBLE NOT NULL,
    min_longitude DOUBLE NOT NULL,
    max_latitude DOUBLE NOT NULL,
    max_longitude DOUBLE NOT NULL,
    PRIMARY KEY (cy, cx)
);
INSERT INTO job_lease (name) VALUES ('story-map-cells');
