package io.proofline.refdoc;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.proofline.system.BaseEntity;

/** A file attached to a project for reference (a brief, a brand guide): not reviewed, not versioned, not processed. */
@Entity
@Table(name = "reference_document")
public class ReferenceDocument extends BaseEntity {

    @Column(name = "project_id")
    public UUID projectId;

    public String name;

    @Column(name = "file_size")
    public long fileSize;

    /** Sniffed from the bytes at upload, never taken from the name. */
    @Column(name = "content_type")
    public String contentType;

    @Column(name = "blob_key")
    public String blobKey;

    @Column(name = "created_by")
    public UUID createdBy;
}
