package io.proofline.api.tree;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.proofline.asset.Asset;
import io.proofline.system.Times;

/**
 * An asset as the tree seed and Frame.io's client read it: {@code type} and {@code _type} carry the same value,
 * {@code item_count} is the number of live children, and a folder has no {@code filesize} or {@code filetype} (a file
 * has them once processing has measured and sniffed it).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TreeAsset(String id, String name, String type, @JsonProperty("_type") String kind, String parentId,
        String projectId, String createdAt, String updatedAt, String deletedAt, long itemCount, Long filesize,
        String filetype, String creatorId) {

    static TreeAsset of(Asset asset) {
        String type = asset.type.name();
        return new TreeAsset(asset.id.toString(), asset.name, type, type,
                asset.parentId == null ? null : asset.parentId.toString(), asset.projectId.toString(),
                Times.iso(asset.createdAt), Times.iso(asset.updatedAt), Times.iso(asset.deletedAt), asset.countAll,
                asset.fileSize, asset.contentType, asset.createdBy == null ? null : asset.createdBy.toString());
    }
}
