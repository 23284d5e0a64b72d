package io.proofline.api.workflow;

import java.io.IOException;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.proofline.api.common.BlobDownload;
import io.proofline.api.common.OpenApiDefinition;
import io.proofline.auth.CurrentUser;
import io.proofline.media.MediaService;
import io.proofline.project.ProjectService;
import io.proofline.refdoc.ReferenceDocument;
import io.proofline.refdoc.ReferenceDocumentService;
import io.proofline.storage.BlobStore;
import io.proofline.system.Ids;
import io.proofline.system.TooLargeException;
import io.proofline.system.Validator;
import io.quarkus.security.Authenticated;

/**
 * Reference documents of a project, which the workflow seed lists with {@code GET /api/v1/project?IsLoadRefDocs=true}
 * and announces with {@code refdoc.uploaded} / {@code refdoc.deleted}. Parameters as on the asset endpoints: the id in
 * the query string, the file in the multipart field {@code File} (or {@code attachment}).
 */
@Path("/api/v1/refdoc")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
public class RefDocResource {

    static final String UPLOADED = "Reference document uploaded successfully.";

    @Inject
    CurrentUser currentUser;

    @Inject
    ReferenceDocumentService documents;

    @Inject
    MediaService media;

    @Inject
    BlobStore blobs;

    public record UploadResult(String refDocUID) {
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a reference document", description = "ProjectUID may also come in the query string; the file as File or attachment.")
    public Envelope<UploadResult> upload(@RestForm("ProjectUID") String formProjectUID,
            @RestForm("File") FileUpload file, @RestForm("attachment") FileUpload attachment,
            @RestQuery("ProjectUID") String queryProjectUID) throws IOException {
        String projectUID = formProjectUID != null && !formProjectUID.isBlank() ? formProjectUID : queryProjectUID;
        FileUpload upload = file != null ? file : attachment;
        Validator validator = new Validator().required("ProjectUID", projectUID);
        if (upload == null || upload.uploadedFile() == null) {
            validator.add("File", "'File' must not be empty.");
        }
        validator.throwIfInvalid();
        if (upload.size() > media.maxUploadSize()) {
            throw new TooLargeException("The file is larger than the limit of " + media.maxUploadSize() + " bytes.");
        }
        UUID projectId = Ids.require(projectUID, ProjectService.NOT_FOUND);
        ReferenceDocument document = documents.upload(currentUser.principal(), projectId, upload.uploadedFile(),
                upload.fileName());
        return new Envelope<>("1.0", 200, UPLOADED, new UploadResult(document.id.toString()));
    }

    @DELETE
    @Operation(summary = "Delete a reference document")
    public Envelope<Void> delete(@RestQuery("RefDocUID") String refDocUID) {
        new Validator().required("RefDocUID", refDocUID).throwIfInvalid();
        documents.delete(currentUser.principal(), Ids.require(refDocUID, ReferenceDocumentService.NOT_FOUND));
        return Envelope.delete(null);
    }

    /** The document, whole or one byte range. */
    @GET
    @Path("download")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a reference document", description = "The document, whole or one byte range.")
    public Response download(@RestQuery("RefDocUID") String refDocUID, @HeaderParam("Range") String range)
            throws IOException {
        new Validator().required("RefDocUID", refDocUID).throwIfInvalid();
        ReferenceDocumentService.Stored stored = documents.get(currentUser.principal(),
                Ids.require(refDocUID, ReferenceDocumentService.NOT_FOUND));
        ReferenceDocument document = stored.document();
        return BlobDownload.send(blobs,
                new BlobDownload.Blob(document.blobKey, stored.size(), document.contentType, document.name, null),
                range, () -> Response.status(416).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Envelope.error(416, "The requested range is not satisfiable.")).build());
    }
}
