package io.proofline.asset;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A node of a project's tree: a folder, a file or a version stack. The project's root is a folder without a parent.
 * Positions and counts are maintained by {@link AssetTree} only.
 */
@Entity
@Table(name = "asset")
public class Asset extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "parent_id")
    public UUID parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "asset_type")
    public AssetType type;

    public String name;

    /** 1-based place among the parent's live children; null once deleted. */
    @Column(name = "position_all")
    public Long positionAll;

    /** 1-based place among the parent's live children of the same type; null once deleted. */
    @Column(name = "position_typed")
    public Long positionTyped;

    @Column(name = "count_all")
    public long countAll;

    @Column(name = "count_folder")
    public long countFolder;

    @Column(name = "count_file")
    public long countFile;

    @Column(name = "count_version_stack")
    public long countVersionStack;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    public boolean isRoot() {
        return parentId == null;
    }

    /** Live children, of one type or (type null) of all types. */
    public long childCount(AssetType childType) {
        if (childType == null) {
            return countAll;
        }
        return switch (childType) {
            case folder -> countFolder;
            case file -> countFile;
            case version_stack -> countVersionStack;
        };
    }

    void addToCount(AssetType childType, long delta) {
        countAll += delta;
        switch (childType) {
            case folder -> countFolder += delta;
            case file -> countFile += delta;
            case version_stack -> countVersionStack += delta;
        }
    }
}
