-- Annotations and replies on a file (DESIGN.md `annotation`). A top-level annotation has a
-- shape in coordinates normalised to 0-1 (its type in shape_type, its fields as JSON in
-- shape_json); a reply has a parent, its parent's page, and no shape. The author is either a
-- user of the account or an external reviewer (name and email) who came through a review
-- link or an external review task. task_id has no foreign key here: the task table belongs to
-- another migration.
CREATE TABLE annotation (
    id UUID NOT NULL,
    account_id UUID NOT NULL,
    project_id UUID NOT NULL,
    asset_id UUID NOT NULL,
    parent_id UUID,
    page INTEGER NOT NULL,
    shape_type VARCHAR(20),
    shape_json VARCHAR(100000),
    body_text VARCHAR(5000) NOT NULL,
    author_user_id UUID,
    author_name VARCHAR(255),
    author_email VARCHAR(320),
    review_link_id UUID,
    task_id UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_annotation PRIMARY KEY (id),
    CONSTRAINT fk_annotation_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_annotation_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_annotation_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT fk_annotation_parent FOREIGN KEY (parent_id) REFERENCES annotation (id),
    CONSTRAINT fk_annotation_author_user FOREIGN KEY (author_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_annotation_review_link FOREIGN KEY (review_link_id) REFERENCES review_link (id),
    CONSTRAINT ck_annotation_page CHECK (page >= 1),
    CONSTRAINT ck_annotation_shape CHECK ((parent_id IS NULL AND shape_type IS NOT NULL AND shape_json IS NOT NULL)
        OR (parent_id IS NOT NULL AND shape_type IS NULL AND shape_json IS NULL)),
    CONSTRAINT ck_annotation_author CHECK ((author_user_id IS NOT NULL AND author_email IS NULL
            AND review_link_id IS NULL AND task_id IS NULL)
        OR (author_user_id IS NULL AND author_email IS NOT NULL AND author_name IS NOT NULL
            AND (review_link_id IS NOT NULL OR task_id IS NOT NULL)))
);
CREATE INDEX ix_annotation_asset ON annotation (asset_id, created_at, id);
CREATE INDEX ix_annotation_parent ON annotation (parent_id);
