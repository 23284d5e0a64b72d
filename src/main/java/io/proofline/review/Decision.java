package io.proofline.review;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.proofline.system.BaseEntity;

/**
 * An approval or rejection of one file asset (a version) by one reviewer, through a review task or a review link. The
 * reviewer is an account user ({@code reviewerUserId}) or an outsider ({@code reviewerName}, {@code reviewerEmail}).
 * Only the latest decision of a reviewer for an asset in one task or link counts ({@code latest}).
 */
@Entity
@Table(name = "review_decision")
public class Decision extends BaseEntity {

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "asset_id")
    public UUID assetId;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "review_link_id")
    public UUID reviewLinkId;

    @Column(name = "reviewer_user_id")
    public UUID reviewerUserId;

    @Column(name = "reviewer_name")
    public String reviewerName;

    @Column(name = "reviewer_email")
    public String reviewerEmail;

    /** The user id, or the lower-case email of an outsider: who "the same reviewer" is. */
    @Column(name = "reviewer_key")
    public String reviewerKey;

    public boolean approved;

    @Column(name = "comment_text")
    public String comment;

    @Column(name = "is_latest")
    public boolean latest;
}
