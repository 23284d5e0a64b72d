package io.proofline.asset;

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

/**
 * A node of a project's tree: a folder, a file or a version stack. The project's root is a folder without a parent.
 * Positions and counts are maintained by {@link AssetTree} only.
 */
@Entity
@Table(name = "asset")
public class Asset extends BaseEntity {

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

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** The name the file was uploaded with, reduced to a safe base name. */
    @Column(name = "original_filename")
    public String originalFilename;

    @Column(name = "file_size")
    public Long fileSize;

    /** Hex MD5 of the stored bytes, set by processing. */
    public String md5;

    /** Lowercase hex XXH64 (seed 0) of the stored bytes, set by processing (Frame.io's checksums.xx_hash). */
    @Column(name = "xx_hash")
    public String xxHash;

    /** When the whole original reached the blob store; null while a placeholder waits for its parts. */
    @Column(name = "upload_completed_at")
    public Instant uploadCompletedAt;

    /** Sniffed from the bytes by processing, never taken from the name. */
    @Column(name = "content_type")
    public String contentType;

    /** Where the original lies in the blob store. */
    @Column(name = "blob_key")
    public String blobKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "processing_status")
    public ProcessingStatus processingStatus;

    @Column(name = "failure_reason")
    public String failureReason;

    /** 1 for a file on its own; in a version stack, its place in the stack's history. */
    @Column(name = "version_number")
    public Integer versionNumber;

    /** Page previews made by processing: 1 for an image, the page count for a PDF, 0 when not previewable. */
    @Column(name = "pages_count")
    public Integer pagesCount;

    /** Pixels of an image; points (1/72 inch) of a PDF's first page. Set by processing. */
    public Integer width;

    public Integer height;

    /** The image's colour space family (RGB, CMYK, Gray, Lab, ...), set by processing; null for PDFs. */
    @Column(name = "color_space")
    public String colorSpace;

    /** Whether processing made a thumbnail and page previews; false for files it cannot render (still downloadable). */
    public Boolean previewable;

    // Metadata of the ingest face (seed asset-ingest-api); the name holds its title.

    /** The integrator's own id for the asset, unique among the project's live assets. */
    @Column(name = "external_id")
    public String externalId;

    public String description;

    /** Kept in lower case, as the ingest seed prints it. */
    public String category;

    @ElementCollection
    @CollectionTable(name = "asset_tag", joinColumns = @JoinColumn(name = "asset_id"))
    @OrderColumn(name = "tag_order")
    @Column(name = "tag")
    @BatchSize(size = 100)
    public List<String> tags = new ArrayList<>();

    /** An article: text-only content that has no media, created as such on the ingest face. */
    public boolean article;

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
