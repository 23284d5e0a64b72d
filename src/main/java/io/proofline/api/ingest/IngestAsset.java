package io.proofline.api.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.proofline.asset.Asset;
import io.proofline.asset.ProcessingStatus;
import io.proofline.ingest.IngestService;

/**
 * An asset as the ingest seed prints it. {@code parent_id} is null for an asset at the top of its project (the
 * project's root folder is not an asset on this face). {@code media_type} follows the media: placeholder (none),
 * article, processing (being imported or processed), then image, document, video, audio or file; failed when the import
 * or processing failed, with the reason in {@code media_error}, which only a failed asset has.
 */
@JsonPropertyOrder({ "id", "external_id", "parent_id", "project_id", "owner", "title", "description", "category",
        "tags", "ai_tags", "status", "media_type", "original_filename", "drop_folder_id", "md5_sum", "created_date",
        "modification_date", "deleted", "media_error" })
public record IngestAsset(String id, @JsonProperty("external_id") String externalId,
        @JsonProperty("parent_id") String parentId, @JsonProperty("project_id") String projectId, String owner,
        String title, String description, String category, List<String> tags,
        @JsonProperty("ai_tags") List<String> aiTags, String status, @JsonProperty("media_type") String mediaType,
        @JsonProperty("original_filename") String originalFilename, @JsonProperty("drop_folder_id") String dropFolderId,
        @JsonProperty("md5_sum") String md5Sum, @JsonProperty("created_date") String createdDate,
        @JsonProperty("modification_date") String modificationDate, String deleted,
        @JsonProperty("media_error") @JsonInclude(JsonInclude.Include.NON_NULL) String mediaError) {

    /** The seed's dates: UTC with milliseconds, "2023-11-27T09:43:34.166Z". */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** The reply body: the seed wraps the asset in {@code {"asset": …}}. */
    public record Envelope(IngestAsset asset) {
    }

    static IngestAsset of(IngestService.Ingested ingested) {
        Asset asset = ingested.asset();
        return new IngestAsset(asset.id.toString(), asset.externalId,
                ingested.atProjectTop() || asset.parentId == null ? null : asset.parentId.toString(),
                asset.projectId.toString(), ingested.ownerEmail(), asset.name, asset.description, asset.category,
                ingested.tags(), List.of(), "open", IngestService.mediaType(asset), asset.originalFilename, null,
                asset.md5, date(asset.createdAt), date(asset.updatedAt), date(asset.deletedAt),
                asset.processingStatus == ProcessingStatus.Failed ? asset.failureReason : null);
    }

    private static String date(Instant instant) {
        return instant == null ? null : DATE.format(instant);
    }
}
