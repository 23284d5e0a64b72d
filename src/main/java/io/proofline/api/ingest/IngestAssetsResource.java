package io.proofline.api.ingest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestPath;

import com.fasterxml.jackson.databind.JsonNode;

import io.proofline.api.common.OpenApiDefinition;
import io.proofline.auth.CurrentUser;
import io.proofline.ingest.IngestService;
import io.proofline.system.Ids;
import io.proofline.tenancy.Principal;
import io.quarkus.security.Authenticated;

/**
 * The asset-ingest seed: {@code POST /api/v2/projects/{project_id}/assets} with {@code X-API-KEY} creates a
 * placeholder, an article, or an asset whose file is imported from a URL or the import bucket; {@code GET
 * …/assets/{asset_id}} shows where that import stands.
 */
@Path("/api/v2/projects/{project_id}/assets")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
public class IngestAssetsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    IngestService ingest;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an asset", description = "A placeholder, an article (media_type article), or an asset whose file is imported from a URL (url) or the import bucket (s3).")
    public IngestAsset.Envelope create(@RestPath("project_id") String projectId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestParameters.Fields.class))) JsonNode body) {
        Principal principal = currentUser.principal();
        UUID project = Ids.require(projectId, IngestService.PROJECT_NOT_FOUND);
        // an unknown project is a 404 whatever the body holds, as the seed's first example shows
        ingest.requireProject(principal, project);
        IngestService.NewAsset input = IngestParameters.parse(body);
        return new IngestAsset.Envelope(IngestAsset.of(ingest.create(principal, project, input)));
    }

    @GET
    @Path("{asset_id}")
    @Operation(summary = "Get an asset", description = "With the state of its import.")
    public IngestAsset.Envelope get(@RestPath("project_id") String projectId, @RestPath("asset_id") String assetId) {
        Principal principal = currentUser.principal();
        UUID project = Ids.require(projectId, IngestService.PROJECT_NOT_FOUND);
        ingest.requireProject(principal, project);
        UUID asset = Ids.require(assetId, IngestService.ASSET_NOT_FOUND);
        return new IngestAsset.Envelope(IngestAsset.of(ingest.get(principal, project, asset)));
    }
}
