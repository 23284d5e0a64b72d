-- A top-level annotation may have no shape: a comment on the whole page (a /v2 comment
-- without a drawing, DESIGN.md api/tree). V9's ck_annotation_shape demanded a shape on every
-- top-level annotation; the service now keeps the remaining rule (a reply has no shape, and
-- shape_type and shape_json are set together), so the constraint goes without a replacement
-- CHECK (H2 reports CHECK constraints invalid after restarts, see the helper rules).
ALTER TABLE annotation DROP CONSTRAINT ck_annotation_shape;
