package io.proofline.review;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.proofline.system.BaseEntity;

/** A project's assets shared with outsiders through one link, {@code /r/{token}}. */
@Entity
@Table(name = "review_link")
public class ReviewLink extends BaseEntity {

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "project_id")
    public UUID projectId;

    public String name;

    /** The secret part of the link's URL; not the id, which API clients see. */
    public String token;

    @Column(name = "allow_approvals")
    public boolean allowApprovals;

    @Column(name = "current_version_only")
    public boolean currentVersionOnly;

    @Column(name = "enable_downloading")
    public boolean enableDownloading;

    /** A link switched off ({@code is_active: false}) opens no more, like an expired one. */
    public boolean active;

    @Column(name = "expires_at")
    public Instant expiresAt;

    /** A bcrypt hash; null when the link has no password. */
    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** Whether a reviewer can open the link at this instant. */
    public boolean opensAt(Instant now) {
        return deletedAt == null && active && (expiresAt == null || expiresAt.isAfter(now));
    }
}
