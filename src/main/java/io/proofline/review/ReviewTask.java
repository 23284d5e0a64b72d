package io.proofline.review;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.proofline.system.BaseEntity;

/**
 * A review task (seed workflow-api): an account user ({@code review_asset}) or someone with only an email address
 * ({@code review_asset_ext}) reviews a list of file assets, both through {@code /t/{token}}. It is open until every
 * live asset in it has a decision.
 */
@Entity
@Table(name = "review_task")
public class ReviewTask extends BaseEntity {

    public enum Status {
        Open, Completed
    }

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "project_id")
    public UUID projectId;

    /** True for a task mailed to an email address, false for one assigned to an account user. */
    public boolean external;

    @Column(name = "assignee_user_id")
    public UUID assigneeUserId;

    /** The external reviewer's address, stored lower-case. */
    public String email;

    /** The external reviewer's name when the creator gave one. */
    public String name;

    /**
     * The secret part of the task's URL (256 random bits); null for internal tasks created before they had pages.
     */
    public String token;

    /** A bcrypt hash; null when the task has no password. */
    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "email_subject")
    public String emailSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_language")
    public MailLanguage emailLanguage;

    @Column(name = "comment_text")
    public String comment;

    @Column(name = "due_date")
    public Instant dueDate;

    /** No annotations, comments or decisions (the seed's isReadOnly). */
    @Column(name = "read_only")
    public boolean readOnly;

    /** The reviewer may download the originals (the seed's isAllowDownloadAssets). */
    @Column(name = "allow_download")
    public boolean allowDownload;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public boolean isOpen() {
        return status == Status.Open && deletedAt == null;
    }

    /** What to call the external reviewer: the name given, else the email address. */
    public String reviewerName() {
        return name != null ? name : email;
    }
}
