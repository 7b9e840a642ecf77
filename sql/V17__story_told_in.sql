-- The language the storyteller told the story in (the page's language, sent as Accept-Language):
-- the prompts' headings in the story's text and the e-mails to the storyteller are written in it.
-- Null for stories told before: those are read as English, or in the language the analysis found.
ALTER TABLE story ADD COLUMN told_in VARCHAR(5) NULL;

-- The page language of a reader who left an address to hear whether a change made a difference:
-- that question is written in it. Null for addresses left before: asked in English.
ALTER TABLE me_too_contact ADD COLUMN language VARCHAR(5) NULL;
