package io.proofline.api.tree;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import io.proofline.asset.AssetService;
import io.proofline.auth.CurrentUser;
import io.proofline.system.Ids;
import io.quarkus.security.Authenticated;

/**
 * {@code /v2/assets/{asset_id}/comments}: a file's comments, listed and created (DESIGN.md api/tree). A comment without
 * a drawing is on the whole page. One comment is read, changed and answered under {@link CommentsResource}.
 */
@Path("/v2/assets/{asset_id}/comments")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
public class AssetCommentsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AnnotationService annotations;

    /** The asset's comments and replies in one flat list: each comment followed by its replies, oldest first. */
    @GET
    @Operation(summary = "List an asset's comments", description = "Each comment followed by its replies, oldest first.")
    public RestResponse<List<TreeComment>> list(@PathParam("asset_id") String assetId, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize) {
        Paging paging = Paging.of(page, pageSize);
        UUID asset = Ids.require(assetId, AssetService.NOT_FOUND);
        return paging.respondWith(TreeComment.flat(annotations.list(currentUser.principal(), asset)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Create a comment on an asset")
    public TreeComment create(@PathParam("asset_id") String assetId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentBody.Fields.class))) JsonNode body) {
        CommentBody.Parsed parsed = CommentBody.parse(body);
        UUID asset = Ids.require(assetId, AssetService.NOT_FOUND);
        Annotation created = annotations.comment(currentUser.principal(),
                new AnnotationService.Draft(asset, parsed.page(), parsed.text(), null, parsed.shape()));
        return TreeComment.single(annotations.thread(currentUser.principal(), created.id));
    }
}
