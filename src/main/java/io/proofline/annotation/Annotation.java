package io.proofline.annotation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.proofline.system.BaseEntity;

/**
 * An annotation on one page of a file, or a reply to one. Its author is a user of the account ({@link #authorUserId},
 * with {@link #taskId} when written through the page of an internal task assigned to them) or an external reviewer
 * ({@link #authorName}, {@link #authorEmail}) who came through a review link or task.
 */
@Entity
@Table(name = "annotation")
public class Annotation extends BaseEntity {

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "asset_id")
    public UUID assetId;

    /** The annotation this one replies to; null for a top-level annotation. */
    @Column(name = "parent_id")
    public UUID parentId;

    /** 1-based page; 1 for images. A reply has its parent's page. */
    public int page;

    /** {@link Shape#type()} of a top-level annotation; null for a reply and for a comment on the whole page. */
    @Column(name = "shape_type")
    public String shapeType;

    /** The shape's fields as JSON ({@link Shape#toJson()}); null when {@link #shapeType} is. */
    @Column(name = "shape_json")
    public String shapeJson;

    @Column(name = "body_text")
    public String text;

    @Column(name = "author_user_id")
    public UUID authorUserId;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "author_email")
    public String authorEmail;

    /** The review link an external reviewer annotated through. */
    @Column(name = "review_link_id")
    public UUID reviewLinkId;

    /** The review task the reviewer annotated through: an external reviewer's, or an assignee's internal task. */
    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    public boolean isReply() {
        return parentId != null;
    }

    /** The shape, or null: a reply, or a comment on the whole page. */
    public Shape shape() {
        return shapeType == null ? null : Shape.fromStored(shapeType, shapeJson);
    }
}
