-- Review tasks (seed workflow-api): an account user (assignee_user_id) or an outsider with
-- only an email address (external: token, optional bcrypt password, mail settings) reviews
-- a list of file assets. A task is open until every live asset in it has a decision, then
-- completed; deleting it (or completing its project) sets deleted_at.
CREATE TABLE review_task (
    id UUID NOT NULL,
    account_id UUID NOT NULL,
    project_id UUID NOT NULL,
    external BOOLEAN NOT NULL,
    assignee_user_id UUID,
    email VARCHAR(320),
    name VARCHAR(255),
    token VARCHAR(64),
    password_hash VARCHAR(100),
    email_subject VARCHAR(255),
    email_language VARCHAR(20) NOT NULL,
    comment_text VARCHAR(2000),
    due_date TIMESTAMP WITH TIME ZONE,
    read_only BOOLEAN NOT NULL,
    allow_download BOOLEAN NOT NULL,
    status VARCHAR(20) NOT NULL,
    created_by UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_review_task PRIMARY KEY (id),
    CONSTRAINT fk_review_task_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_review_task_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_review_task_assignee FOREIGN KEY (assignee_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_review_task_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT uq_review_task_token UNIQUE (token)
);
CREATE INDEX ix_review_task_project ON review_task (project_id, created_at, id);

-- The file assets (versions) a task reviews, in the order given.
CREATE TABLE review_task_asset (
    id UUID NOT NULL,
    task_id UUID NOT NULL,
    asset_id UUID NOT NULL,
    position INTEGER NOT NULL,
    CONSTRAINT pk_review_task_asset PRIMARY KEY (id),
    CONSTRAINT fk_review_task_asset_task FOREIGN KEY (task_id) REFERENCES review_task (id),
    CONSTRAINT fk_review_task_asset_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT uq_review_task_asset UNIQUE (task_id, asset_id)
);
CREATE INDEX ix_review_task_asset_asset ON review_task_asset (asset_id);

-- Approve/reject of one file asset (version) by one reviewer, through a task or a review
-- link. A reviewer may change their mind: the newest decision of a reviewer (reviewer_key:
-- the user id or the lower-case email) for an asset in a task or link has is_latest = true,
-- and only those count.
CREATE TABLE review_decision (
    id UUID NOT NULL,
    account_id UUID NOT NULL,
    project_id UUID NOT NULL,
    asset_id UUID NOT NULL,
    task_id UUID,
    review_link_id UUID,
    reviewer_user_id UUID,
    reviewer_name VARCHAR(255),
    reviewer_email VARCHAR(320),
    reviewer_key VARCHAR(340) NOT NULL,
    approved BOOLEAN NOT NULL,
    comment_text VARCHAR(2000),
    is_latest BOOLEAN NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_review_decision PRIMARY KEY (id),
    CONSTRAINT fk_review_decision_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_review_decision_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_review_decision_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT fk_review_decision_task FOREIGN KEY (task_id) REFERENCES review_task (id),
    CONSTRAINT fk_review_decision_link FOREIGN KEY (review_link_id) REFERENCES review_link (id),
    CONSTRAINT fk_review_decision_user FOREIGN KEY (reviewer_user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_review_decision_task ON review_decision (task_id, asset_id, is_latest);
CREATE INDEX ix_review_decision_link ON review_decision (review_link_id, asset_id, is_latest);
CREATE INDEX ix_review_decision_asset ON review_decision (asset_id, is_latest);
CREATE INDEX ix_review_decision_project ON review_decision (project_id, is_latest);
