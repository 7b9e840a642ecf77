-- The reporter's private erasure link (docs/barriers.md, "Erasure"): the SHA-256 of a random token
-- given once, in the answer to the report, as the stories' follow token is (story.follow_token_hash);
-- cleared when used. A withdrawn report keeps state WITHDRAWN and no words, no exact point, no address.
ALTER TABLE barrier_report ADD COLUMN erase_token_hash VARCHAR(64);
CREATE UNIQUE INDEX ux_barrier_report_erase ON barrier_report (erase_token_hash);
