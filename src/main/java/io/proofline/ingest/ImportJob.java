package io.proofline.ingest;

import java.io.IOException;
import java.util.UUID;

import jakarta.inject.Inject;

import io.proofline.job.JobHandler;

/**
 * The shared run of an import job: find where the asset's file goes, fetch it there, then hand it to processing. A
 * {@link DownloadFailedException} marks the asset Failed at once; any other failure is retried by the queue. Runs again
 * safely: an asset whose file is already stored is left alone.
 */
abstract class ImportJob implements JobHandler {

    @Inject
    IngestService ingest;

    /** Stores the file of the import under the blob key; returns the number of bytes stored. */
    abstract long fetch(IngestService.ImportPayload job, String key) throws IOException;

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
            size = fetch(job, key);
        } catch (DownloadFailedException e) {
            ingest.importFailed(assetId, key, e.getMessage());
            return;
        }
        ingest.stored(assetId, key, size);
    }

    @Override
    public void giveUp(String payload, String reason) {
        ingest.gaveUp(payload, reason);
    }
}
