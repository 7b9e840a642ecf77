-- A task's due time to the millisecond: a TIMESTAMP without a fraction kept the outbox's delays
-- (webhook retries after 1 s, 2 s, … in the tests; 30 s, 60 s, … by default) to the whole second,
-- which MariaDB truncates and MySQL rounds, so a retry could run up to a second early.
ALTER TABLE outbox MODIFY COLUMN available_at TIMESTAMP(3) NOT NULL;
