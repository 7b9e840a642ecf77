-- Server keys now come from a secret outside the database (COPRODUCE_SECRET, docs/keys.md):
-- with the key beside the inputs, a dump could recompute every storyteller's follow link.
-- Links already given out keep working: only their hashes are stored, and opening one needs no key.
DROP TABLE app_secret;
