package io.proofline.api.tree;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import io.proofline.annotation.Annotation;
import io.proofline.annotation.AnnotationService;
import io.proofline.api.common.OpenApiDefinition;
import io.proofline.auth.CurrentUser;
import io.proofline.system.Ids;
import io.proofline.system.ValidationException;
import io.quarkus.security.Authenticated;

/**
 * Frame.io's comments on /v2, which are our annotations (DESIGN.md api/tree): {@code /v2/comments/{id}} and its
 * {@code replies}; an asset's are listed and created under {@code /v2/assets/{id}/comments}
 * ({@link AssetCommentsResource}). A comment's drawing is the annotation's shape ({@link CommentBody}); only the author
 * edits or deletes (403 here). Frame.io's client updates with POST, the API documents PUT: both work.
 */
@Path("/v2/comments")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
public class CommentsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AnnotationService annotations;

    @GET
    @Path("/{comment_id}")
    @Operation(summary = "Get a comment")
    public TreeComment get(@PathParam("comment_id") String commentId) {
        return TreeComment.single(annotations.thread(currentUser.principal(), commentId(commentId)));
    }

    /** Frame.io's client sends updates as POST. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{comment_id}")
    @Operation(hidden = true)
    public TreeComment updateByPost(@PathParam("comment_id") String commentId, JsonNode body) {
        return update(commentId, body);
    }

    /**
     * Changes the text and/or the drawing; a field that is null or left out stays as it is, {@code "annotation": "[]"}
     * removes the drawing.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{comment_id}")
    @Operation(summary = "Update a comment", description = "The text and/or the drawing; a field left out stays as it is. Frame.io's client sends it as POST, which works too.")
    public TreeComment update(@PathParam("comment_id") String commentId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentBody.Fields.class))) JsonNode body) {
        CommentBody.Parsed parsed = CommentBody.parse(body);
        UUID id = commentId(commentId);
        if (parsed.text() == null && parsed.shape() == null && !parsed.noDrawing()) {
            throw ValidationException.of("text", "Send 'text', 'annotation' or both.");
        }
        annotations.edit(currentUser.principal(), id,
                new AnnotationService.Edit(parsed.text(), parsed.shape(), parsed.noDrawing()));
        return TreeComment.single(annotations.thread(currentUser.principal(), id));
    }

    /** Deletes the caller's own comment and its replies; answers the comment as it was. */
    @DELETE
    @Path("/{comment_id}")
    @Operation(summary = "Delete a comment and its replies")
    public TreeComment delete(@PathParam("comment_id") String commentId) {
        UUID id = commentId(commentId);
        AnnotationService.Listing before = annotations.thread(currentUser.principal(), id);
        annotations.delete(currentUser.principal(), id);
        return TreeComment.single(before);
    }

    /** The comment's replies, oldest first (a reply has none). */
    @GET
    @Path("/{comment_id}/replies")
    @Operation(summary = "List a comment's replies")
    public RestResponse<List<TreeComment>> replies(@PathParam("comment_id") String commentId,
            @QueryParam("page") String page, @QueryParam("page_size") String pageSize) {
        Paging paging = Paging.of(page, pageSize);
        return paging
                .respondWith(TreeComment.replies(annotations.thread(currentUser.principal(), commentId(commentId))));
    }

    /** A reply to a top-level comment: text only, on the comment's page, without a drawing. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{comment_id}/replies")
    @ResponseStatus(201)
    @Operation(summary = "Reply to a comment")
    public TreeComment reply(@PathParam("comment_id") String commentId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentBody.Fields.class))) JsonNode body) {
        CommentBody.Parsed parsed = CommentBody.parse(body);
        UUID parent = commentId(commentId);
        Annotation comment = annotations.thread(currentUser.principal(), parent).threads().get(0).annotation();
        if (comment.isReply()) {
            throw ValidationException.of("comment_id", "This comment is a reply; reply to the comment it answers.");
        }
        if (parsed.shape() != null) {
            throw ValidationException.of("annotation", "A reply has no drawing: leave 'annotation' out.");
        }
        Annotation created = annotations.comment(currentUser.principal(),
                new AnnotationService.Draft(comment.assetId, parsed.page(), parsed.text(), parent, parsed.shape()));
        return TreeComment.single(annotations.thread(currentUser.principal(), created.id));
    }

    private static UUID commentId(String id) {
        return Ids.require(id, AnnotationService.NOT_FOUND);
    }
}
