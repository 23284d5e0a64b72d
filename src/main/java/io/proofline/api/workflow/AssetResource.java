package io.proofline.api.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;

import io.proofline.api.common.BlobDownload;
import io.proofline.api.common.OpenApiDefinition;
import io.proofline.api.common.SpooledForm;
import io.proofline.asset.Asset;
import io.proofline.asset.AssetService;
import io.proofline.auth.CurrentUser;
import io.proofline.media.MediaService;
import io.proofline.media.rendition.Renditions;
import io.proofline.project.ProjectService;
import io.proofline.review.ReviewStatusCounts;
import io.proofline.storage.BlobStore;
import io.proofline.system.Ids;
import io.proofline.system.Validator;
import io.quarkus.security.Authenticated;

/** The workflow seed's asset management, under both spellings the seed uses ({@code asset} and {@code assets}). */
@Path("/api/v1/{noun: assets?}")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
public class AssetResource {

    /** The form fields a file may come in: the seed's {@code File}, and {@code attachment} of the PHP client. */
    static final Set<String> FILE_FIELDS = Set.of("File", "attachment");

    static final String UPLOADED = "Asset uploaded successfully and is pending to process.\n"
            + "Track it's status to catch when it'd ready to use.";

    @Inject
    CurrentUser currentUser;

    @Inject
    MediaService media;

    @Inject
    BlobStore blobs;

    @Inject
    Renditions renditions;

    @Inject
    ReviewStatusCounts reviewStatus;

    @ConfigProperty(name = "quarkus.http.body.uploads-directory")
    java.nio.file.Path uploadsDirectory;

    public record UploadResult(String assetUID) {
    }

    @GET
    @Operation(summary = "Get an asset instance", description = "Also answered under /api/v1/assets, the seed's other spelling.")
    public Envelope<AssetView> get(@RestQuery("AssetUID") String assetUID) {
        new Validator().required("AssetUID", assetUID).throwIfInvalid();
        Asset asset = media.get(currentUser.principal(), assetId(assetUID));
        return Envelope.get(AssetView.of(asset, renditions, reviewStatus.ofAssets(List.of(asset.id)).get(asset.id)));
    }

    @DELETE
    @Operation(summary = "Delete an asset", description = "Also answered under /api/v1/assets, the seed's other spelling.")
    public Envelope<Void> delete(@RestQuery("AssetUID") String assetUID) {
        new Validator().required("AssetUID", assetUID).throwIfInvalid();
        media.delete(currentUser.principal(), assetId(assetUID));
        return Envelope.delete(null);
    }

    /**
     * Approval Studio's PHP client sends the ids in the form or in the query string and the file as {@code File} or
     * {@code attachment}; all of them are accepted.
     */
    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload an asset", description = "Uploads the file and queues it for processing; with AssetUID it becomes a new version of that asset. ProjectUID and AssetUID may also come in the query string. Also answered under /api/v1/assets, the seed's other spelling.")
    public Envelope<UploadResult> upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @RestQuery("ProjectUID") String queryProjectUID, @RestQuery("AssetUID") String queryAssetUID,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "ProjectUID", type = SchemaType.STRING, description = "Unique project ID, mandatory (here or in the query string)."),
                    @SchemaProperty(name = "AssetUID", type = SchemaType.STRING, description = "An asset of the project: the file becomes its next version."),
                    @SchemaProperty(name = "File", type = SchemaType.STRING, format = "binary", description = "Asset file to upload and process, mandatory."),
                    @SchemaProperty(name = "attachment", type = SchemaType.STRING, format = "binary", description = "The file under the name Approval Studio's PHP client uses, instead of File.") }))) InputStream body)
            throws IOException {
        try (SpooledForm form = SpooledForm.read(body, contentType, uploadsDirectory, FILE_FIELDS,
                media.maxUploadSize())) {
            String projectUID = firstNonBlank(form.field("ProjectUID"), queryProjectUID);
            String assetUID = firstNonBlank(form.field("AssetUID"), queryAssetUID);
            Optional<SpooledForm.SpooledFile> upload = form.file("File").or(() -> form.file("attachment"));
            Validator validator = new Validator().required("ProjectUID", projectUID);
            if (upload.isEmpty()) {
                validator.add("File", "'File' must not be empty.");
            }
            validator.throwIfInvalid();
            UUID projectId = Ids.require(projectUID, ProjectService.NOT_FOUND);
            UUID versionOf = assetUID == null ? null : assetId(assetUID);
            Asset asset = media.upload(currentUser.principal(), projectId, versionOf, upload.get().path(),
                    upload.get().filename());
            return new Envelope<>("1.0", 200, UPLOADED, new UploadResult(asset.id.toString()));
        }
    }

    /** The original, whole or one byte range, streamed from the blob store. */
    @GET
    @Path("download")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an asset", description = "The original file, whole or one byte range. Also answered under /api/v1/assets, the seed's other spelling.")
    public Response download(@RestQuery("AssetUID") String assetUID, @HeaderParam("Range") String range)
            throws IOException {
        new Validator().required("AssetUID", assetUID).throwIfInvalid();
        MediaService.Original original = media.original(currentUser.principal(), assetId(assetUID));
        Asset asset = original.asset();
        return BlobDownload.send(blobs,
                new BlobDownload.Blob(asset.blobKey, original.size(), asset.contentType, asset.name, asset.md5), range,
                () -> Response.status(416).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Envelope.error(416, "The requested range is not satisfiable.")).build());
    }

    static String contentDisposition(String name) {
        return BlobDownload.contentDisposition(name);
    }

    private static UUID assetId(String assetUID) {
        return Ids.require(assetUID, AssetService.NOT_FOUND);
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : null;
    }
}
