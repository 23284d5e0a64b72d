package io.proofline.ingest;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Downloads an asset's file from its URL into the blob store, then starts processing. A download that cannot succeed
 * (refused address, HTTP error, too big, too slow) marks the asset Failed at once; only a failing blob store is
 * retried.
 */
@ApplicationScoped
public class UrlImportJob extends ImportJob {

    public static final String TYPE = "media.import-url";

    @Inject
    UrlDownloader downloader;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    long fetch(IngestService.ImportPayload job, String key) throws IOException {
        return downloader.download(job.url(), key);
    }
}
