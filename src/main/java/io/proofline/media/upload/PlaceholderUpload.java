package io.proofline.media.upload;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A placeholder file waiting for its parts. The row goes away when the parts have been assembled into the original (or
 * the upload expired); {@code completingAt} is set once, under a row lock, by whoever saw the last part arrive.
 */
@Entity
@Table(name = "file_upload")
public class PlaceholderUpload extends PanacheEntityBase {

    @Id
    @Column(name = "asset_id")
    public UUID assetId;

    @Column(name = "file_size")
    public long fileSize;

    @Column(name = "part_size")
    public long partSize;

    @Column(name = "part_count")
    public int partCount;

    @Column(name = "content_type")
    public String contentType;

    /** The blob store's multipart upload id when parts go straight to the store; null for Proofline's own URLs. */
    @Column(name = "direct_upload_id")
    public String directUploadId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "completing_at")
    public Instant completingAt;

    public PartPlan plan() {
        return new PartPlan(fileSize, partSize, partCount);
    }
}
