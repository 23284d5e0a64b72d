package io.proofline.ingest;

import java.util.UUID;

import io.proofline.system.StateRuleException;

/**
 * The asset was created (and stays), but the media the request named could not be attached to it. The ingest seed
 * answers this with a 400 whose message names the new asset.
 */
public class MediaNotAddedException extends StateRuleException {

    public final UUID assetId;

    public MediaNotAddedException(UUID assetId, String reason) {
        super("Asset " + assetId + " created, adding media to asset failed: " + reason);
        this.assetId = assetId;
    }
}
