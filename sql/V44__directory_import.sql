-- Directory import (issue 17): organisations and services carry the identifier another register
-- gives them (a scheme such as ODS and a code unique within it), services can be retired (kept for
-- the stories told about them, no longer offered for new ones), and each uploaded file is kept with
-- what its preview counted and what applying it did.
ALTER TABLE organisation ADD COLUMN id_scheme VARCHAR(40) NULL;
ALTER TABLE organisation ADD COLUMN external_id VARCHAR(60) NULL;
CREATE UNIQUE INDEX uq_organisation_external_id ON organisation (id_scheme, external_id);

ALTER TABLE service ADD COLUMN id_scheme VARCHAR(40) NULL;
ALTER TABLE service ADD COLUMN external_id VARCHAR(60) NULL;
ALTER TABLE service ADD COLUMN retired_at TIMESTAMP NULL;
CREATE UNIQUE INDEX uq_service_external_id ON service (id_scheme, external_id);
CREATE INDEX ix_service_external_id ON service (external_id);

CREATE TABLE directory_import (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name        VARCHAR(200) NULL,
    content          MEDIUMTEXT NOT NULL,
    created_by       BIGINT NULL,
    created_at       TIMESTAMP NOT NULL,
    preview_added    INT NOT NULL,
    preview_changed  INT NOT NULL,
    preview_retired  INT NOT NULL,
    applied_at       TIMESTAMP NULL,
    applied_added    INT NULL,
    applied_changed  INT NULL,
    applied_retired  INT NULL,
    version          BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_directory_import_created ON directory_import (created_at);
