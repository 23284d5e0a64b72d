-- Frame.io's file payload: XXH64 of the original (set by processing next to
-- md5) and the moment the whole original was in the blob store.
ALTER TABLE asset ADD COLUMN xx_hash VARCHAR(16);
ALTER TABLE asset ADD COLUMN upload_completed_at TIMESTAMP WITH TIME ZONE;
UPDATE asset SET upload_completed_at = created_at WHERE blob_key IS NOT NULL;

-- A placeholder file waiting for its parts (POST /v2/assets/{id}/children,
-- type file). part_size is what the client computes, ceil(file_size /
-- part_count); every part but the last has exactly that size.
-- direct_upload_id is the blob store's multipart upload id when clients send
-- parts straight to the store. completing_at is set once, by whichever request
-- or check saw the last part, under a lock on this row.
CREATE TABLE file_upload (
    asset_id UUID NOT NULL,
    file_size BIGINT NOT NULL,
    part_size BIGINT NOT NULL,
    part_count INTEGER NOT NULL,
    content_type VARCHAR(255) NOT NULL,
    direct_upload_id VARCHAR(1024),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    completing_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_file_upload PRIMARY KEY (asset_id),
    CONSTRAINT fk_file_upload_asset FOREIGN KEY (asset_id) REFERENCES asset (id)
);
CREATE INDEX ix_file_upload_open ON file_upload (completing_at, expires_at);

-- One row per part received through Proofline's own upload URLs. A re-sent
-- part is stored under a new blob key and replaces the row, so a failed resend
-- never spoils a part that had arrived whole.
CREATE TABLE file_upload_part (
    asset_id UUID NOT NULL,
    part_number INTEGER NOT NULL,
    part_size BIGINT NOT NULL,
    blob_key VARCHAR(512) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_file_upload_part PRIMARY KEY (asset_id, part_number),
    CONSTRAINT fk_file_upload_part_upload FOREIGN KEY (asset_id) REFERENCES file_upload (asset_id) ON DELETE CASCADE
);

-- Reference documents of a project (workflow face /api/v1/refdoc).
CREATE TABLE reference_document (
    id UUID NOT NULL,
    project_id UUID NOT NULL,
    name VARCHAR(1024) NOT NULL,
    file_size BIGINT NOT NULL,
    content_type VARCHAR(255),
    blob_key VARCHAR(512) NOT NULL,
    created_by UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_reference_document PRIMARY KEY (id),
    CONSTRAINT fk_reference_document_project FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX ix_reference_document_project ON reference_document (project_id, created_at);
