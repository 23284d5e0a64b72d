-- Renditions: what processing learnt while making thumbnails and page previews.
-- width/height are pixels for images and points for a PDF's first page;
-- previewable is false for files that are stored but cannot be rendered.
ALTER TABLE asset ADD COLUMN width INTEGER;
ALTER TABLE asset ADD COLUMN height INTEGER;
ALTER TABLE asset ADD COLUMN color_space VARCHAR(20);
ALTER TABLE asset ADD COLUMN previewable BOOLEAN;
