package io.proofline.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.proofline.storage.BlobStore;
import io.proofline.storage.ImportBucket;

/**
 * Copies an asset's file from the import bucket into the blob store, streaming, then starts processing. A missing
 * object, one over the size limit or a read that breaks off marks the asset Failed; a bucket that cannot be opened or a
 * failing blob store is retried by the queue.
 */
@ApplicationScoped
public class S3ImportJob extends ImportJob {

    public static final String TYPE = "media.import-s3";

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
    long fetch(IngestService.ImportPayload job, String key) throws IOException {
        if (!importBucket.configured()) {
            throw new DownloadFailedException(IngestService.S3_NOT_CONFIGURED);
        }
        InputStream in;
        try {
            in = importBucket.open(job.key());
        } catch (FileNotFoundException e) {
            throw new DownloadFailedException(IngestService.S3_OBJECT_MISSING, e);
        }
        try (in) {
            return blobs.put(key, new GuardedStream(in, downloader.maxSize(), 0, null));
        }
    }
}
