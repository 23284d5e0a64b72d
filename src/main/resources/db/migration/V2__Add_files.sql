-- A file asset keeps its original in the blob store under blob_key; the
-- processing job fills md5, content_type and the status (Pending, Processing,
-- Processed, Failed; the entity's enum keeps the values).
ALTER TABLE asset ADD COLUMN original_filename VARCHAR(1024);
ALTER TABLE asset ADD COLUMN file_size BIGINT;
ALTER TABLE asset ADD COLUMN md5 VARCHAR(32);
ALTER TABLE asset ADD COLUMN content_type VARCHAR(255);
ALTER TABLE asset ADD COLUMN blob_key VARCHAR(512);
ALTER TABLE asset ADD COLUMN processing_status VARCHAR(20);
ALTER TABLE asset ADD COLUMN failure_reason VARCHAR(2000);
ALTER TABLE asset ADD COLUMN version_number INTEGER;
ALTER TABLE asset ADD COLUMN pages_count INTEGER;
