package io.proofline.api.tree;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.proofline.review.ReviewLink;
import io.proofline.review.ReviewLinkService;
import io.proofline.system.Times;

/**
 * A review link as Frame.io's API shows it. {@code short_url} is the address reviewers open; the password itself is
 * never shown, only {@code has_password}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TreeReviewLink(String id, @JsonProperty("_type") String kind, String name, String projectId,
        String ownerId, String shortUrl, boolean allowApprovals, boolean currentVersionOnly, boolean enableDownloading,
        String expiresAt, boolean hasPassword, boolean isActive, boolean isExpired, long itemCount, String createdAt,
        String updatedAt, String deletedAt) {

    static TreeReviewLink of(ReviewLinkService.Listed listed, String shortUrl) {
        ReviewLink link = listed.link();
        boolean expired = link.expiresAt != null && !link.expiresAt.isAfter(Times.now());
        return new TreeReviewLink(link.id.toString(), "review_link", link.name, link.projectId.toString(),
                link.createdBy.toString(), shortUrl, link.allowApprovals, link.currentVersionOnly,
                link.enableDownloading, Times.iso(link.expiresAt), link.hasPassword(), link.active, expired,
                listed.itemCount(), Times.iso(link.createdAt), Times.iso(link.updatedAt), Times.iso(link.deletedAt));
    }
}
