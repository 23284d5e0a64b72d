package io.proofline.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import io.proofline.system.BaseEntity;

/** A body of work in one account's team: its assets live in a tree under {@link #rootAssetId}. */
@Entity
@Table(name = "project")
public class Project extends BaseEntity {

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "team_id")
    public UUID teamId;

    public String name;

    public String customer;

    /** The seed's "project" attribute: the business project or product this work is for. */
    public String product;

    public String design;

    public String revision;

    public String description;

    @Column(name = "due_date")
    public Instant dueDate;

    @Enumerated(EnumType.STRING)
    public ProjectState state;

    /** While InTransit: the state the project is moving to (Archived or Active). */
    @Enumerated(EnumType.STRING)
    @Column(name = "transit_target")
    public ProjectState transitTarget;

    @Column(name = "private_project")
    public boolean privateProject;

    @Column(name = "root_asset_id")
    public UUID rootAssetId;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "project_tag", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "tag_order")
    @Column(name = "tag")
    @BatchSize(size = 100)
    public List<String> tags = new ArrayList<>();

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "project_owner", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "owner_order")
    @Column(name = "user_id")
    @BatchSize(size = 100)
    public List<UUID> ownerIds = new ArrayList<>();
}
