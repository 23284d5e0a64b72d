package io.proofline.api.tree;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.proofline.asset.Asset;
import io.proofline.system.Times;

/**
 * An asset as the tree seed and Frame.io's client read it: {@code type} and {@code _type} carry the same value,
 * {@code item_count} is the number of live children, and a folder has no {@code filesize} or {@code filetype}. A file
 * carries the declared size and type until processing has measured and sniffed it; {@code upload_completed_at} is null
 * until the whole original is stored, {@code checksums} null until processing computed them, {@code original} a signed
 * download link once there is an original. {@code upload_urls} appear only in the reply that creates a placeholder.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TreeAsset(String id, String name, String type, @JsonProperty("_type") String kind, String parentId,
        String projectId, String createdAt, String updatedAt, String deletedAt, long itemCount, Long filesize,
        String filetype, String creatorId, String uploadCompletedAt, Checksums checksums, String original,
        boolean isSessionWatermarked, @JsonInclude(JsonInclude.Include.NON_NULL) List<String> uploadUrls) {

    /** Frame.io's checksums: lowercase hex XXH64 (seed 0) and MD5 of the original. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Checksums(String xxHash, String md5) {
    }

    /** The payload without a download link (folders, version stacks, and wherever no link is wanted). */
    static TreeAsset of(Asset asset) {
        return of(asset, null, null);
    }

    static TreeAsset of(Asset asset, String original, List<String> uploadUrls) {
        String type = asset.type.name();
        Checksums checksums = asset.xxHash == null && asset.md5 == null ? null : new Checksums(asset.xxHash, asset.md5);
        return new TreeAsset(asset.id.toString(), asset.name, type, type,
                asset.parentId == null ? null : asset.parentId.toString(), asset.projectId.toString(),
                Times.iso(asset.createdAt), Times.iso(asset.updatedAt), Times.iso(asset.deletedAt), asset.countAll,
                asset.fileSize, asset.contentType, asset.createdBy == null ? null : asset.createdBy.toString(),
                Times.iso(asset.uploadCompletedAt), checksums, original, false, uploadUrls);
    }
}
