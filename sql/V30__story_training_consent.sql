-- The storyteller's explicit, optional consent that the moderated story may train the theme model.
-- Stories told before there was a question have no consent.
alter table story add column training_consent boolean not null default false;
