package io.proofline.media;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetType;
import io.proofline.system.SignedUrls;

/**
 * The signed links Proofline serves without a login: upload parts of a placeholder file and the originals of files. The
 * signature covers the path (asset and part) and the expiry, so it is the only credential such a request carries.
 */
@ApplicationScoped
public class MediaLinks {

    public static final String UPLOADS = "/media/uploads";
    public static final String ORIGINALS = "/media/originals";
    public static final String INVALID_LINK = "The link is invalid or has expired.";

    @Inject
    SignedUrls signedUrls;

    @Inject
    MediaConfig config;

    public String uploadPart(UUID assetId, int partNumber) {
        return signedUrls.sign(uploadPartPath(assetId, partNumber), config.uploadUrlTtl());
    }

    public boolean verifyUploadPart(UUID assetId, int partNumber, String expires, String signature) {
        return signedUrls.verify(uploadPartPath(assetId, partNumber), expires, signature);
    }

    /** The download link of a file whose original is complete; null for anything else. */
    public String original(Asset asset) {
        if (asset.type != AssetType.file || asset.blobKey == null || asset.uploadCompletedAt == null) {
            return null;
        }
        return signedUrls.sign(originalPath(asset.id), config.downloadUrlTtl());
    }

    public boolean verifyOriginal(UUID assetId, String expires, String signature) {
        return signedUrls.verify(originalPath(assetId), expires, signature);
    }

    static String uploadPartPath(UUID assetId, int partNumber) {
        return UPLOADS + "/" + assetId + "/" + partNumber;
    }

    static String originalPath(UUID assetId) {
        return ORIGINALS + "/" + assetId;
    }
}
