package io.proofline.api.media;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import io.proofline.asset.Asset;
import io.proofline.media.rendition.Renditions;
import io.proofline.storage.BlobKeys;
import io.proofline.storage.BlobStore;
import io.proofline.system.ForbiddenException;
import io.proofline.system.NotFoundException;
import io.proofline.system.SignedUrls;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Thumbnails and page previews at the signed links {@link Renditions} hands out. There is no login: the signature,
 * which covers the exact path, is the credential, so a link opens one rendition of one asset and nothing else.
 */
@Path("/media/renditions")
@Produces("image/jpeg")
public class RenditionResource {

    static final String NOT_FOUND = "Rendition not found.";
    static final String BAD_SIGNATURE = "The link is invalid or has expired.";

    @Inject
    SignedUrls signedUrls;

    @Inject
    BlobStore blobs;

    @GET
    @Path("{assetId}/thumbnail.jpg")
    @Operation(summary = "Get an asset's thumbnail through a signed link")
    public Response thumbnail(@PathParam("assetId") String assetId, @RestQuery(SignedUrls.EXPIRES) String expires,
            @RestQuery(SignedUrls.SIGNATURE) String signature,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws IOException {
        verify(Renditions.PATH + assetId + "/thumbnail.jpg", expires, signature);
        Asset asset = servable(assetId, 1);
        return serve(BlobKeys.thumbnail(asset.id), etag(asset, "thumbnail"), expires, ifNoneMatch);
    }

    /** The small thumbnail; the thumbnail (with its own ETag) for assets processed before small ones were made. */
    @GET
    @Path("{assetId}/thumbnail-small.jpg")
    @Operation(summary = "Get an asset's small thumbnail through a signed link")
    public Response smallThumbnail(@PathParam("assetId") String assetId, @RestQuery(SignedUrls.EXPIRES) String expires,
            @RestQuery(SignedUrls.SIGNATURE) String signature,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws IOException {
        verify(Renditions.PATH + assetId + "/thumbnail-small.jpg", expires, signature);
        Asset asset = servable(assetId, 1);
        if (blobs.exists(BlobKeys.smallThumbnail(asset.id))) {
            return serve(BlobKeys.smallThumbnail(asset.id), etag(asset, "thumbnail-small"), expires, ifNoneMatch);
        }
        return serve(BlobKeys.thumbnail(asset.id), etag(asset, "thumbnail"), expires, ifNoneMatch);
    }

    @GET
    @Path("{assetId}/pages/{page: [0-9]{1,6}}.jpg")
    @Operation(summary = "Get a page preview through a signed link")
    public Response page(@PathParam("assetId") String assetId, @PathParam("page") int page,
            @RestQuery(SignedUrls.EXPIRES) String expires, @RestQuery(SignedUrls.SIGNATURE) String signature,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws IOException {
        verify(Renditions.PATH + assetId + "/pages/" + page + ".jpg", expires, signature);
        Asset asset = servable(assetId, page);
        return serve(BlobKeys.page(asset.id, page), etag(asset, "page-" + page), expires, ifNoneMatch);
    }

    private void verify(String path, String expires, String signature) {
        if (!signedUrls.verify(path, expires, signature)) {
            throw new ForbiddenException(BAD_SIGNATURE);
        }
    }

    /** The asset if it is live, processed and has that page; otherwise 404. */
    private static Asset servable(String assetId, int page) {
        UUID id;
        try {
            id = UUID.fromString(assetId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(NOT_FOUND);
        }
        Asset asset = QuarkusTransaction.requiringNew().call(() -> Asset.<Asset> findById(id));
        if (!Renditions.servable(asset) || page < 1 || page > asset.pagesCount) {
            throw new NotFoundException(NOT_FOUND);
        }
        return asset;
    }

    /** Renditions of a processed asset never change (a new file is a new asset), so the original's MD5 tags them. */
    private static String etag(Asset asset, String which) {
        String version = asset.md5 != null ? asset.md5 : Long.toString(asset.updatedAt.toEpochMilli());
        return "\"" + version + "-" + which + "\"";
    }

    private Response serve(String key, String etag, String expires, String ifNoneMatch) throws IOException {
        if (!blobs.exists(key)) {
            throw new NotFoundException(NOT_FOUND);
        }
        long maxAge = Math.max(0, Long.parseLong(expires) - Instant.now().getEpochSecond());
        String cacheControl = "private, max-age=" + maxAge + ", immutable";
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .build();
        }
        return Response.ok(blobs.open(key), "image/jpeg").header(HttpHeaders.CONTENT_LENGTH, blobs.size(key))
                .header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
