-- (theme_model.model is no longer written.) A retrained theme model is about 100 MB (25 MB gzipped): more than one statement may carry
-- (MariaDB's max_allowed_packet is 16 MB by default), so it is kept in chunks of 4 MB.
CREATE TABLE theme_model_chunk (
    model_id        BIGINT NOT NULL,
    seq             INT NOT NULL,
    bytes           MEDIUMBLOB NOT NULL,
    PRIMARY KEY (model_id, seq),
    CONSTRAINT fk_chunk_model FOREIGN KEY (model_id) REFERENCES theme_model (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
