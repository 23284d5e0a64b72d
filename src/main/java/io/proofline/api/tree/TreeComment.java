package io.proofline.api.tree;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.proofline.annotation.Annotation;
import io.proofline.annotation.AnnotationService;
import io.proofline.system.Times;

/**
 * An annotation or reply as a Frame.io comment. {@code annotation} is the shape as Frame.io's drawing array
 * ({@link CommentBody}), null for a comment on the whole page; {@code timestamp} is always null (no video frames).
 * Proofline does not resolve comments, so {@code completed} is false. An external reviewer's comment has no
 * {@code owner_id}; its owner is an {@code anonymous_user} with the name and email they gave.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TreeComment(String id, @JsonProperty("_type") String kind, String assetId, String parentId, String text,
        String annotation, int page, Double timestamp, String ownerId, Owner owner, boolean hasReplies, int replyCount,
        boolean completed, String completedAt, String insertedAt, String updatedAt) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Owner(String id, @JsonProperty("_type") String kind, String name, String email) {
    }

    /** Every comment of the listing: each top-level one followed by its replies, oldest first. */
    static List<TreeComment> flat(AnnotationService.Listing listing) {
        List<TreeComment> comments = new ArrayList<>();
        for (AnnotationService.Thread thread : listing.threads()) {
            comments.add(of(listing, thread.annotation(), thread.replies().size()));
            thread.replies().forEach(reply -> comments.add(of(listing, reply, 0)));
        }
        return comments;
    }

    /** The listing's only thread: the comment itself, with its reply count. */
    static TreeComment single(AnnotationService.Listing listing) {
        AnnotationService.Thread thread = listing.threads().get(0);
        return of(listing, thread.annotation(), thread.replies().size());
    }

    /** The replies of the listing's only thread. */
    static List<TreeComment> replies(AnnotationService.Listing listing) {
        return listing.threads().get(0).replies().stream().map(reply -> of(listing, reply, 0)).toList();
    }

    static TreeComment of(AnnotationService.Listing listing, Annotation annotation, int replyCount) {
        String ownerId = annotation.authorUserId == null ? null : annotation.authorUserId.toString();
        Owner owner = new Owner(ownerId, ownerId == null ? "anonymous_user" : "user", listing.authorName(annotation),
                listing.authorEmail(annotation));
        return new TreeComment(annotation.id.toString(), "comment", annotation.assetId.toString(),
                annotation.parentId == null ? null : annotation.parentId.toString(), annotation.text,
                CommentBody.serialize(annotation.shape()), annotation.page, null, ownerId, owner, replyCount > 0,
                replyCount, false, null, Times.iso(annotation.createdAt), Times.iso(annotation.updatedAt));
    }
}
