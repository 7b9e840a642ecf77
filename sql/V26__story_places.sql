-- Places (issue 13): the point a storyteller gave is kept apart, for moderators only, and erased
-- at publication, rejection, withdrawal or COPRODUCE_EXACT_PLACE_DAYS after submission
-- (stories.control.Places). latitude/longitude become the point shown in public: coarsened to
-- the named service's position or the centre of a grid cell of place_grid_metres metres, the grid
-- it was coarsened under. A row without place_grid_metres shows no point.
ALTER TABLE story ADD COLUMN exact_latitude DECIMAL(9, 6) NULL;
ALTER TABLE story ADD COLUMN exact_longitude DECIMAL(9, 6) NULL;
ALTER TABLE story ADD COLUMN place_grid_metres INT NULL;

-- Stories awaiting a decision keep the point as told for their moderator; every story's public
-- point is then coarsened at start by stories.control.Places (the grid is a setting, and the
-- service positions live in another component's table, so not here).
UPDATE story SET exact_latitude = latitude, exact_longitude = longitude WHERE status = 'RECEIVED';
