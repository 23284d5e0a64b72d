package io.proofline.ingest;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.proofline.job.JobHandler;

/**
 * Downloads an asset's file from its URL into the blob store, then starts processing. A download that cannot succeed
 * (refused address, HTTP error, too big, too slow) marks the asset Failed at once; only a failing blob store is
 * retried.
 */
@ApplicationScoped
public class UrlImportJob implements JobHandler {

    public static final String TYPE = "media.import-url";

    @Inject
    IngestService ingest;

    @Inject
    UrlDownloader downloader;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(String payload) throws Exception {
        IngestService.ImportPayload job = ingest.parsePayload(payload);
        UUID assetId = UUID.fromString(job.asset());
        String key = ingest.importTarget(assetId);
        if (key == null) {
            return;
        }
        long size;
        try {
            size = downloader.download(job.url(), key);
        } catch (DownloadFailedException e) {
            ingest.importFailed(assetId, key, e.getMessage());
            return;
        }
        if (size == 0) {
            ingest.importFailed(assetId, key, "The file at the URL is empty.");
            return;
        }
        ingest.imported(assetId, key, size);
    }

    @Override
    public void giveUp(String payload, String reason) {
        try {
            ingest.importFailed(UUID.fromString(ingest.parsePayload(payload).asset()), null, reason);
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable import job payload", e);
        }
    }
}
