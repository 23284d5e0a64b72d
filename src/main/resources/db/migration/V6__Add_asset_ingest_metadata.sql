-- Metadata the ingest face (/api/v2, seed asset-ingest-api) sets on an asset. The
-- external id is unique among a project's live assets; the service checks that under
-- the project's row lock, since deleted assets keep theirs.
ALTER TABLE asset ADD COLUMN external_id VARCHAR(255);
ALTER TABLE asset ADD COLUMN description VARCHAR(4000);
ALTER TABLE asset ADD COLUMN category VARCHAR(255);
ALTER TABLE asset ADD COLUMN article BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_asset_external_id ON asset (project_id, external_id);

CREATE TABLE asset_tag (
    asset_id UUID NOT NULL,
    tag_order INTEGER NOT NULL,
    tag VARCHAR(255) NOT NULL,
    CONSTRAINT pk_asset_tag PRIMARY KEY (asset_id, tag_order),
    CONSTRAINT fk_asset_tag_asset FOREIGN KEY (asset_id) REFERENCES asset (id)
);
