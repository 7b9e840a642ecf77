-- The language a response or reply was written in: the responder's page language (sent as
-- Accept-Language), or for a storyteller's reply the language their story was told in. Pages mark
-- the text with it (lang). Null for replies written before: pages then leave the language unsaid.
ALTER TABLE response ADD COLUMN written_in VARCHAR(5) NULL;
