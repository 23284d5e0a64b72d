package io.proofline.media;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.proofline.job.JobHandler;

/** Processes an uploaded original: checksum, size and the content type sniffed from its bytes. */
@ApplicationScoped
public class MediaProcessingJob implements JobHandler {

    public static final String TYPE = "media.process";

    @Inject
    MediaService media;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(String payload) throws Exception {
        media.process(UUID.fromString(payload));
    }

    @Override
    public void giveUp(String payload, String reason) {
        media.failed(UUID.fromString(payload), "Processing failed: " + reason);
    }
}
