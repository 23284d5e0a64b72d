package io.proofline.api.tree;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.proofline.review.ReviewLinkService;
import io.proofline.system.Times;

/** A review link item: the link and asset it joins, with the asset's whole payload (seed review-links-guide). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TreeReviewLinkItem(String id, @JsonProperty("_type") String kind, String reviewLinkId, String assetId,
        TreeAsset asset, String createdAt) {

    static TreeReviewLinkItem of(ReviewLinkService.Item item) {
        return new TreeReviewLinkItem(item.item().id.toString(), "review_link_item",
                item.item().reviewLinkId.toString(), item.asset().id.toString(), TreeAsset.of(item.asset()),
                Times.iso(item.item().createdAt));
    }
}
