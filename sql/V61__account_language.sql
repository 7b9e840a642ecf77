-- The language of the e-mails to a staff account (alerts, rises, barrier alerts, escalations,
-- webhook notices, password resets): "en" or "de". NULL for the accounts that existed before:
-- they keep COPRODUCE_STAFF_LANGUAGE (read when each e-mail is written) until the person or an
-- admin chooses; new accounts store their language, COPRODUCE_STAFF_LANGUAGE unless chosen.
ALTER TABLE account ADD COLUMN language VARCHAR(2) NULL;
