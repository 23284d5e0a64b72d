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
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import io.proofline.api.common.OpenApiDefinition;
import io.proofline.auth.CurrentUser;
import io.proofline.review.ReviewLinkService;
import io.proofline.system.Ids;
import io.quarkus.security.Authenticated;

/**
 * {@code /v2/review_links/{id}}: one review link, its settings, its assets and items (seed review-links-guide). A
 * project's links are listed and created under {@code /v2/projects/{id}/review_links} ({@link ProjectsResource}).
 */
@Path("/v2/review_links")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
public class ReviewLinksResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ReviewLinkService links;

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a review link")
    public TreeReviewLink get(@PathParam("id") String id) {
        return view(links.get(currentUser.principal(), linkId(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @Operation(summary = "Update a review link", description = "A field left out keeps its value; null clears expires_at and password.")
    public TreeReviewLink update(@PathParam("id") String id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewLinkBody.Fields.class))) JsonNode body) {
        UUID link = linkId(id);
        return view(links.update(currentUser.principal(), link, ReviewLinkBody.settings(body)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a review link")
    public TreeReviewLink delete(@PathParam("id") String id) {
        return view(links.delete(currentUser.principal(), linkId(id)));
    }

    /** Adds assets of the link's project; answers with the link (its {@code item_count} updated). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/assets")
    @Operation(summary = "Add assets to a review link")
    public TreeReviewLink addAssets(@PathParam("id") String id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewLinkBody.AssetIds.class))) JsonNode body) {
        UUID link = linkId(id);
        return view(links.addAssets(currentUser.principal(), link, ReviewLinkBody.assetIds(body)));
    }

    @GET
    @Path("/{id}/items")
    @Operation(summary = "List a review link's items")
    public RestResponse<List<TreeReviewLinkItem>> items(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize) {
        Paging paging = Paging.of(page, pageSize);
        ReviewLinkService.Items items = links.items(currentUser.principal(), linkId(id), paging.page(),
                paging.pageSize());
        return paging.respond(items.items().stream().map(TreeReviewLinkItem::of).toList(), items.total());
    }

    private TreeReviewLink view(ReviewLinkService.Listed listed) {
        return TreeReviewLink.of(listed, links.shortUrl(listed.link()));
    }

    private static UUID linkId(String id) {
        return Ids.require(id, ReviewLinkService.NOT_FOUND);
    }
}
