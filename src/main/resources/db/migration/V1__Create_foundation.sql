-- Tenancy: accounts (the seeds' Company / client), users, memberships, teams.
CREATE TABLE app_user (
    id UUID NOT NULL,
    email VARCHAR(320) NOT NULL,
    name VARCHAR(200) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    server_admin BOOLEAN DEFAULT FALSE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_email UNIQUE (email)
);

CREATE TABLE account (
    id UUID NOT NULL,
    name VARCHAR(200) NOT NULL,
    owner_id UUID NOT NULL,
    image VARCHAR(1000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT fk_account_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
);

CREATE TABLE membership (
    account_id UUID NOT NULL,
    user_id UUID NOT NULL,
    role VARCHAR(16) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_membership PRIMARY KEY (account_id, user_id),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_membership_user ON membership (user_id);

CREATE TABLE team (
    id UUID NOT NULL,
    account_id UUID NOT NULL,
    name VARCHAR(200) NOT NULL,
    team_image VARCHAR(1000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_team PRIMARY KEY (id),
    CONSTRAINT fk_team_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_team_account ON team (account_id, created_at, id);

CREATE TABLE team_member (
    team_id UUID NOT NULL,
    user_id UUID NOT NULL,
    CONSTRAINT pk_team_member PRIMARY KEY (team_id, user_id),
    CONSTRAINT fk_team_member_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_team_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_team_member_user ON team_member (user_id);

-- Authentication: API keys (SHA-256 of a 256-bit random key) and failed-login throttling.
CREATE TABLE api_key (
    id UUID NOT NULL,
    user_id UUID NOT NULL,
    name VARCHAR(100) NOT NULL,
    key_prefix VARCHAR(16) NOT NULL,
    key_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_api_key PRIMARY KEY (id),
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash),
    CONSTRAINT fk_api_key_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_api_key_user ON api_key (user_id, created_at);

CREATE TABLE login_attempt (
    attempt_key VARCHAR(400) NOT NULL,
    failures INTEGER NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_login_attempt PRIMARY KEY (attempt_key)
);

-- Projects and their state machine.
CREATE TABLE project (
    id UUID NOT NULL,
    account_id UUID NOT NULL,
    team_id UUID NOT NULL,
    name VARCHAR(100) NOT NULL,
    customer VARCHAR(50),
    product VARCHAR(50),
    design VARCHAR(50),
    revision VARCHAR(50),
    description VARCHAR(200),
    due_date TIMESTAMP WITH TIME ZONE,
    state VARCHAR(16) NOT NULL,
    transit_target VARCHAR(16),
    private_project BOOLEAN DEFAULT FALSE NOT NULL,
    root_asset_id UUID NOT NULL,
    created_by UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_project PRIMARY KEY (id),
    CONSTRAINT fk_project_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_project_team FOREIGN KEY (team_id) REFERENCES team (id)
);
CREATE INDEX ix_project_account ON project (account_id, created_at, id);
CREATE INDEX ix_project_team ON project (team_id, created_at, id);

CREATE TABLE project_tag (
    project_id UUID NOT NULL,
    tag_order INTEGER NOT NULL,
    tag VARCHAR(25) NOT NULL,
    CONSTRAINT pk_project_tag PRIMARY KEY (project_id, tag_order),
    CONSTRAINT fk_project_tag_project FOREIGN KEY (project_id) REFERENCES project (id)
);

CREATE TABLE project_owner (
    project_id UUID NOT NULL,
    user_id UUID NOT NULL,
    owner_order INTEGER NOT NULL,
    CONSTRAINT pk_project_owner PRIMARY KEY (project_id, user_id),
    CONSTRAINT fk_project_owner_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_project_owner_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- A user who sees a project without being in its team ("shared projects").
CREATE TABLE project_collaborator (
    project_id UUID NOT NULL,
    user_id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_project_collaborator PRIMARY KEY (project_id, user_id),
    CONSTRAINT fk_project_collaborator_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_project_collaborator_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_project_collaborator_user ON project_collaborator (user_id);

-- The asset tree. Every live child has a dense 1-based position among all live
-- children of its parent (position_all) and among those of its type
-- (position_typed), so page N of a folder is a range read on an index, and the
-- parent keeps the live counts, so a page never counts rows.
CREATE TABLE asset (
    id UUID NOT NULL,
    project_id UUID NOT NULL,
    parent_id UUID,
    asset_type VARCHAR(20) NOT NULL,
    name VARCHAR(1024) NOT NULL,
    position_all BIGINT,
    position_typed BIGINT,
    count_all BIGINT DEFAULT 0 NOT NULL,
    count_folder BIGINT DEFAULT 0 NOT NULL,
    count_file BIGINT DEFAULT 0 NOT NULL,
    count_version_stack BIGINT DEFAULT 0 NOT NULL,
    created_by UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_asset PRIMARY KEY (id),
    CONSTRAINT fk_asset_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_asset_parent FOREIGN KEY (parent_id) REFERENCES asset (id)
);
CREATE INDEX ix_asset_children_all ON asset (parent_id, position_all);
CREATE INDEX ix_asset_children_typed ON asset (parent_id, asset_type, position_typed);
CREATE INDEX ix_asset_project ON asset (project_id);

-- The event outbox: the audit trail and, later, the webhook source.
CREATE TABLE event (
    id UUID NOT NULL,
    seq BIGINT GENERATED BY DEFAULT AS IDENTITY,
    account_id UUID,
    event_type VARCHAR(64) NOT NULL,
    project_id UUID,
    asset_id UUID,
    actor_id UUID,
    data VARCHAR(20000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_event PRIMARY KEY (id),
    CONSTRAINT uq_event_seq UNIQUE (seq)
);
CREATE INDEX ix_event_account ON event (account_id, seq);
CREATE INDEX ix_event_project ON event (project_id, seq);

-- Durable background jobs, claimed with row locks so any number of replicas may run them.
CREATE TABLE job (
    id UUID NOT NULL,
    job_type VARCHAR(64) NOT NULL,
    payload VARCHAR(4000) NOT NULL,
    status VARCHAR(16) NOT NULL,
    attempts INTEGER DEFAULT 0 NOT NULL,
    max_attempts INTEGER NOT NULL,
    run_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by VARCHAR(100),
    locked_until TIMESTAMP WITH TIME ZONE,
    last_error VARCHAR(2000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_job PRIMARY KEY (id)
);
CREATE INDEX ix_job_due ON job (status, run_at);
