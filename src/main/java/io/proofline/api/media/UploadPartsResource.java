package io.proofline.api.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import io.proofline.media.MediaLinks;
import io.proofline.media.upload.PlaceholderUploads;
import io.proofline.system.Ids;
import io.proofline.system.NotFoundException;

/**
 * The upload URLs of placeholder files when the blob store takes no parts itself: {@code PUT} raw bytes, any content
 * type (Frame.io's client sends the file's), no login. The signed query ({@code expires}, {@code signature}) is the
 * credential.
 */
@Path(MediaLinks.UPLOADS)
public class UploadPartsResource {

    @Inject
    PlaceholderUploads uploads;

    @PUT
    @Path("/{assetId}/{partNumber}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload one part of a placeholder file", description = "PUT the part's bytes to one of the upload_urls of POST /v2/assets/{id}/children; the signed query is the credential.")
    public Map<String, Object> put(@PathParam("assetId") String assetId, @PathParam("partNumber") String partNumber,
            @RestQuery("expires") String expires, @RestQuery("signature") String signature,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) throws IOException {
        UUID id = Ids.require(assetId, PlaceholderUploads.NOT_FOUND);
        int part = parsePart(partNumber);
        Long length = null;
        if (contentLength != null) {
            try {
                length = Long.parseLong(contentLength.trim());
            } catch (NumberFormatException e) {
                length = -1L;
            }
        }
        uploads.receivePart(id, part, expires, signature, length, body == null ? InputStream.nullInputStream() : body);
        // a JSON body, as every 2xx of Frame.io's flow has
        return Map.of("part_number", part, "received", true);
    }

    private static int parsePart(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException(PlaceholderUploads.PART_NOT_FOUND);
        }
    }
}
