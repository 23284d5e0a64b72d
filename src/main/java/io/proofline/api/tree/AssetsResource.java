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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.proofline.api.common.OpenApiDefinition;
import io.proofline.asset.Asset;
import io.proofline.asset.AssetService;
import io.proofline.asset.AssetType;
import io.proofline.auth.CurrentUser;
import io.proofline.media.MediaLinks;
import io.proofline.media.upload.PlaceholderUploads;
import io.proofline.system.Ids;
import io.proofline.system.ValidationException;
import io.quarkus.security.Authenticated;

/**
 * {@code /v2/assets}: an asset, its children, folder and placeholder file creation, version stacks, renames, moves and
 * deletes. Only the methods that take a body declare {@code @Consumes}: a GET carries whatever body a client sends (see
 * {@link GetBodyParameters}).
 */
@Path("/v2/assets")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
public class AssetsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AssetService assets;

    @Inject
    PlaceholderUploads uploads;

    @Inject
    MediaLinks links;

    /** The body of {@code POST /v2/assets/{id}/children}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CreateAssetRequest(String name, String type, String filetype, Long filesize) {
    }

    /** The body of {@code POST /v2/assets/{id}/version}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record VersionRequest(String nextAssetId) {
    }

    /** The body of {@code PUT /v2/assets/{id}}: a new name, a new parent, or both. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record UpdateAssetRequest(String name, String parentId) {
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an asset")
    public TreeAsset get(@PathParam("id") String id) {
        return view(assets.get(currentUser.principal(), assetId(id)));
    }

    /** The children of a folder or version stack, of one {@code type} or of all. */
    @GET
    @Path("/{id}/children")
    @Operation(summary = "List an asset's children", description = "The children of a folder or version stack, of one type (folder, file, version_stack) or of all.")
    public RestResponse<List<TreeAsset>> children(@PathParam("id") String id, @QueryParam("type") String type,
            @QueryParam("page") String page, @QueryParam("page_size") String pageSize) {
        Paging paging = Paging.of(page, pageSize);
        AssetType filter = null;
        if (type != null && !type.isBlank()) {
            filter = AssetType.parse(type).orElseThrow(
                    () -> ValidationException.of("type", "'type' must be one of folder, file, version_stack."));
        }
        AssetService.Children children = assets.children(currentUser.principal(), assetId(id), filter, paging.page(),
                paging.pageSize());
        return paging.respond(children.items().stream().map(this::view).toList(), children.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/children")
    @ResponseStatus(201)
    @Operation(summary = "Create a folder or a file", description = "A folder, or a file placeholder whose upload_urls take the file's parts.")
    public TreeAsset create(@PathParam("id") String id, CreateAssetRequest request) {
        CreateAssetRequest body = request == null ? new CreateAssetRequest(null, null, null, null) : request;
        if (body.type() == null || body.type().isBlank()) {
            throw ValidationException.of("type", "'type' must not be empty.");
        }
        return switch (body.type().trim()) {
            case "folder" -> TreeAsset.of(assets.createFolder(currentUser.principal(), assetId(id), body.name()));
            case "file" -> {
                PlaceholderUploads.Created created = uploads.create(currentUser.principal(), assetId(id), body.name(),
                        body.filetype(), body.filesize());
                yield TreeAsset.of(created.asset(), null, created.uploadUrls());
            }
            default -> throw ValidationException.of("type", "'type' must be folder or file.");
        };
    }

    /**
     * Stacks {@code next_asset_id} on a file (which becomes a version stack holding both, in the file's place) or on a
     * version stack (appended as its newest version); answers the version stack.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/version")
    @Operation(summary = "Add a version", description = "Stacks next_asset_id on a file (which becomes a version stack) or on a version stack.")
    public TreeAsset version(@PathParam("id") String id, VersionRequest request) {
        String next = request == null ? null : request.nextAssetId();
        if (next == null || next.isBlank()) {
            throw ValidationException.of("next_asset_id", "'next_asset_id' must not be empty.");
        }
        UUID nextId = Ids.parse(next)
                .orElseThrow(() -> ValidationException.of("next_asset_id", "'next_asset_id' is not a valid id."));
        return view(assets.addVersion(currentUser.principal(), assetId(id), nextId));
    }

    /**
     * Completes a placeholder upload for clients that say when they are done (Frame.io's own client does not: the last
     * part completes it). Idempotent; a 409 names the parts still missing.
     */
    @POST
    @Path("/{id}/upload_complete")
    @Operation(summary = "Complete a placeholder upload")
    public TreeAsset uploadComplete(@PathParam("id") String id) {
        return view(uploads.complete(currentUser.principal(), assetId(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @Operation(summary = "Rename or move an asset")
    public TreeAsset update(@PathParam("id") String id, UpdateAssetRequest request) {
        UpdateAssetRequest body = request == null ? new UpdateAssetRequest(null, null) : request;
        UUID parentId = body.parentId() == null ? null : assetId(body.parentId());
        return view(
                assets.update(currentUser.principal(), assetId(id), new AssetService.Change(body.name(), parentId)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an asset")
    public TreeAsset delete(@PathParam("id") String id) {
        return TreeAsset.of(assets.delete(currentUser.principal(), assetId(id)));
    }

    private TreeAsset view(Asset asset) {
        return TreeAsset.of(asset, links.original(asset), null);
    }

    private static UUID assetId(String id) {
        return Ids.require(id, AssetService.NOT_FOUND);
    }
}
