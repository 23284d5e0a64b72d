package io.proofline.api.workflow;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.proofline.asset.Asset;
import io.proofline.media.rendition.Renditions;
import io.proofline.review.ReviewStatusCounts;
import io.proofline.system.Times;

/**
 * An asset on the workflow face, as {@code GET /api/v1/asset} prints it. thumbnailUrl is a signed expiring link once
 * processing has made a thumbnail, null before and for files that cannot be previewed; reviewUrl (the seed's "URL to
 * launch prooftool") stays null until the staff viewer exists: the review pages open by a link's or task's token, not
 * by asset, and a client never gets a link that leads nowhere.
 */
@JsonPropertyOrder({ "assetUID", "version", "name", "status", "reviewStatus", "pagesCount", "created", "fileSize",
        "reviewUrl", "thumbnailUrl" })
public record AssetView(String assetUID, Integer version, String name, String status,
        ProjectView.ReviewStatus reviewStatus, Integer pagesCount, String created, Long fileSize, String reviewUrl,
        String thumbnailUrl) {

    static AssetView of(Asset asset, Renditions renditions, ReviewStatusCounts.Counts counts) {
        return new AssetView(asset.id.toString(), asset.versionNumber == null ? 1 : asset.versionNumber, asset.name,
                asset.processingStatus == null ? null : asset.processingStatus.name(),
                ProjectView.ReviewStatus.of(counts), asset.pagesCount, Times.workflow(asset.createdAt), asset.fileSize,
                null, renditions.thumbnailUrl(asset));
    }
}
