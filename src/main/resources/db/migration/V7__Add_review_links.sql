-- Review links (seed review-links-guide): a project's assets shared through one
-- unguessable URL, /r/{token}. The token is not the id; the password is a bcrypt hash.
CREATE TABLE review_link (
    id UUID PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id),
    project_id UUID NOT NULL REFERENCES project (id),
    name VARCHAR(255) NOT NULL,
    token VARCHAR(64) NOT NULL,
    allow_approvals BOOLEAN NOT NULL,
    current_version_only BOOLEAN NOT NULL,
    enable_downloading BOOLEAN NOT NULL,
    active BOOLEAN NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE,
    password_hash VARCHAR(100),
    created_by UUID NOT NULL REFERENCES app_user (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT review_link_token_unique UNIQUE (token)
);
CREATE INDEX review_link_project ON review_link (project_id, created_at, id);

-- An asset (file or version stack) in a review link, in the order it was added.
CREATE TABLE review_link_item (
    id UUID PRIMARY KEY,
    review_link_id UUID NOT NULL REFERENCES review_link (id),
    asset_id UUID NOT NULL REFERENCES asset (id),
    position INTEGER NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT review_link_item_unique UNIQUE (review_link_id, asset_id)
);
CREATE INDEX review_link_item_order ON review_link_item (review_link_id, position);
