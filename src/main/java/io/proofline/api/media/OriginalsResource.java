package io.proofline.api.media;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import io.proofline.api.common.BlobDownload;
import io.proofline.asset.Asset;
import io.proofline.asset.AssetService;
import io.proofline.media.MediaLinks;
import io.proofline.media.MediaService;
import io.proofline.storage.BlobStore;
import io.proofline.system.Ids;

/**
 * A file's {@code original} as the tree face hands it out: a signed, expiring link that works without a login
 * (Frame.io's client sends no Authorization header to it), whole or in byte ranges.
 */
@Path(MediaLinks.ORIGINALS)
public class OriginalsResource {

    @Inject
    MediaService media;

    @Inject
    BlobStore blobs;

    @GET
    @Path("/{assetId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an asset's original through a signed link", description = "The link from a /v2 asset's original; its expires and signature are the credential. Whole or one byte range.")
    public Response get(@PathParam("assetId") String assetId, @RestQuery("expires") String expires,
            @RestQuery("signature") String signature, @HeaderParam("Range") String range) throws IOException {
        UUID id = Ids.require(assetId, AssetService.NOT_FOUND);
        MediaService.Original original = media.linkedOriginal(id, expires, signature);
        Asset asset = original.asset();
        return BlobDownload.send(blobs,
                new BlobDownload.Blob(asset.blobKey, original.size(), asset.contentType, asset.name, asset.md5), range,
                () -> Response.status(416).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("error", "The requested range is not satisfiable.")).build());
    }
}
