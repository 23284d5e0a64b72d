package io.proofline.api.workflow;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.proofline.annotation.Annotation;
import io.proofline.annotation.AnnotationService;
import io.proofline.system.Times;

/**
 * An annotation on the workflow face: every field, its author, and (for a top-level annotation) its replies. A reply
 * has a parentUID, no shape and no replies of its own; a comment on the whole page (made through /v2) has no shape
 * either.
 */
@JsonPropertyOrder({ "annotationUID", "assetUID", "page", "shape", "text", "parentUID", "author", "created", "updated",
        "replies" })
public record AnnotationView(String annotationUID, String assetUID, int page, Map<String, Object> shape, String text,
        String parentUID, Author author, String created, String updated,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<AnnotationView> replies) {

    /**
     * Who wrote it: a user of the account (userUID) or an external reviewer (name and email, and the review link or
     * task they came through).
     */
    @JsonPropertyOrder({ "userUID", "name", "email", "reviewLinkUID", "taskUID" })
    public record Author(String userUID, String name, String email,
            @JsonInclude(JsonInclude.Include.NON_NULL) String reviewLinkUID,
            @JsonInclude(JsonInclude.Include.NON_NULL) String taskUID) {
    }

    static List<AnnotationView> of(AnnotationService.Listing listing) {
        return listing.threads().stream().map(thread -> of(listing, thread.annotation(),
                thread.replies().stream().map(reply -> of(listing, reply, null)).toList())).toList();
    }

    static AnnotationView of(AnnotationService.Listing listing, Annotation annotation, List<AnnotationView> replies) {
        return new AnnotationView(annotation.id.toString(), annotation.assetId.toString(), annotation.page,
                annotation.shape() == null ? null : annotation.shape().toMap(), annotation.text,
                annotation.parentId == null ? null : annotation.parentId.toString(),
                new Author(annotation.authorUserId == null ? null : annotation.authorUserId.toString(),
                        listing.authorName(annotation), listing.authorEmail(annotation),
                        annotation.reviewLinkId == null ? null : annotation.reviewLinkId.toString(),
                        annotation.taskId == null ? null : annotation.taskId.toString()),
                Times.workflow(annotation.createdAt), Times.workflow(annotation.updatedAt), replies);
    }
}
