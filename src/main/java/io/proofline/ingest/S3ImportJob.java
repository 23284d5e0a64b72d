package io.proofline.ingest;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.proofline.job.JobHandler;
import io.proofline.media.BlobStore;
import io.proofline.media.ImportBucket;

/**
 * Copies an asset's file from the import bucket into the blob store, streaming, then starts processing. A missing
 * object, one over the size limit or a read that breaks off marks the asset Failed; a bucket that cannot be opened or a
 * failing blob store is retried by the queue.
 */
@ApplicationScoped
public class S3ImportJob implements JobHandler {

    public static final String TYPE = "media.import-s3";

    @Inject
    IngestService ingest;

    @Inject
    ImportBucket importBucket;

    @Inject
    BlobStore blobs;

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
        if (!importBucket.configured()) {
            ingest.importFailed(assetId, key, IngestService.S3_NOT_CONFIGURED);
            return;
        }
        long size;
        try (InputStream in = importBucket.open(job.key())) {
            size = blobs.put(key, new GuardedStream(in, downloader.maxSize(), 0, null));
        } catch (FileNotFoundException e) {
            ingest.importFailed(assetId, key, IngestService.S3_OBJECT_MISSING);
            return;
        } catch (DownloadFailedException e) {
            ingest.importFailed(assetId, key, e.getMessage());
            return;
        }
        if (size == 0) {
            ingest.importFailed(assetId, key, "The S3 object is empty.");
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
