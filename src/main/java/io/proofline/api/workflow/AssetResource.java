package io.proofline.api.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetService;
import io.proofline.auth.CurrentUser;
import io.proofline.media.BlobStore;
import io.proofline.media.MediaService;
import io.proofline.media.rendition.Renditions;
import io.proofline.project.ProjectService;
import io.proofline.system.Ids;
import io.proofline.system.StateRuleException;
import io.proofline.system.Validator;
import io.quarkus.security.Authenticated;

/** The workflow seed's asset management, under both spellings the seed uses ({@code asset} and {@code assets}). */
@Path("/api/v1/{noun: assets?}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AssetResource {

    static final String UPLOADED = "Asset uploaded successfully and is pending to process.\n"
            + "Track it's status to catch when it'd ready to use.";

    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    @Inject
    CurrentUser currentUser;

    @Inject
    MediaService media;

    @Inject
    BlobStore blobs;

    @Inject
    Renditions renditions;

    public record UploadResult(String assetUID) {
    }

    @GET
    public Envelope<AssetView> get(@RestQuery("AssetUID") String assetUID) {
        new Validator().required("AssetUID", assetUID).throwIfInvalid();
        return Envelope.get(AssetView.of(media.get(currentUser.principal(), assetId(assetUID)), renditions));
    }

    @DELETE
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
    public Envelope<UploadResult> upload(@RestForm("ProjectUID") String formProjectUID,
            @RestForm("AssetUID") String formAssetUID, @RestForm("File") FileUpload file,
            @RestForm("attachment") FileUpload attachment, @RestQuery("ProjectUID") String queryProjectUID,
            @RestQuery("AssetUID") String queryAssetUID) throws IOException {
        String projectUID = firstNonBlank(formProjectUID, queryProjectUID);
        String assetUID = firstNonBlank(formAssetUID, queryAssetUID);
        FileUpload upload = file != null ? file : attachment;
        Validator validator = new Validator().required("ProjectUID", projectUID);
        if (upload == null || upload.uploadedFile() == null) {
            validator.add("File", "'File' must not be empty.");
        }
        validator.throwIfInvalid();
        if (upload.size() > media.maxUploadSize()) {
            throw new StateRuleException(413,
                    "The file is larger than the limit of " + media.maxUploadSize() + " bytes.");
        }
        UUID projectId = Ids.require(projectUID, ProjectService.NOT_FOUND);
        UUID versionOf = assetUID == null ? null : assetId(assetUID);
        Asset asset = media.upload(currentUser.principal(), projectId, versionOf, upload.uploadedFile(),
                upload.fileName());
        return new Envelope<>("1.0", 200, UPLOADED, new UploadResult(asset.id.toString()));
    }

    /** The original, whole or one byte range, streamed from the blob store. */
    @GET
    @Path("download")
    @Produces(MediaType.WILDCARD)
    public Response download(@RestQuery("AssetUID") String assetUID, @HeaderParam("Range") String range)
            throws IOException {
        new Validator().required("AssetUID", assetUID).throwIfInvalid();
        MediaService.Original original = media.original(currentUser.principal(), assetId(assetUID));
        Asset asset = original.asset();
        long size = original.size();
        String contentType = asset.contentType == null ? MediaType.APPLICATION_OCTET_STREAM : asset.contentType;
        long from = 0;
        long to = size - 1;
        boolean partial = false;
        Matcher matcher = range == null ? null : SINGLE_RANGE.matcher(range.trim());
        if (matcher != null && matcher.matches() && !(matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            try {
                if (matcher.group(1).isEmpty()) {
                    long suffix = Long.parseLong(matcher.group(2));
                    from = Math.max(0, size - suffix);
                    if (suffix == 0) {
                        from = size;
                    }
                } else {
                    from = Long.parseLong(matcher.group(1));
                    if (!matcher.group(2).isEmpty()) {
                        to = Math.min(to, Long.parseLong(matcher.group(2)));
                    }
                }
            } catch (NumberFormatException e) {
                from = size;
            }
            if (from >= size || from > to) {
                return Response.status(416).header("Content-Range", "bytes */" + size)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Envelope.error(416, "The requested range is not satisfiable.")).build();
            }
            partial = true;
        }
        long length = to - from + 1;
        InputStream body = partial ? blobs.open(asset.blobKey, from, length) : blobs.open(asset.blobKey);
        Response.ResponseBuilder response = Response.status(partial ? 206 : 200).entity(body).type(contentType)
                .header(HttpHeaders.CONTENT_LENGTH, length).header("Accept-Ranges", "bytes")
                .header("Content-Disposition", contentDisposition(asset.name));
        if (asset.md5 != null) {
            response.header(HttpHeaders.ETAG, "\"" + asset.md5 + "\"");
        }
        if (partial) {
            response.header("Content-Range", "bytes " + from + "-" + to + "/" + size);
        }
        return response.build();
    }

    /** RFC 6266 with an ASCII fallback and the exact name as RFC 5987 {@code filename*}. */
    static String contentDisposition(String name) {
        StringBuilder fallback = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        for (char c : name.toCharArray()) {
            fallback.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
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
