package io.proofline.media.upload;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.proofline.job.JobHandler;

/** Joins the parts of a placeholder upload into its original, then queues the file for processing. */
@ApplicationScoped
public class UploadAssemblyJob implements JobHandler {

    public static final String TYPE = "media.assemble";

    @Inject
    PlaceholderUploads uploads;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(String payload) throws Exception {
        uploads.assemble(UUID.fromString(payload));
    }

    @Override
    public void giveUp(String payload, String reason) {
        uploads.assemblyFailed(UUID.fromString(payload), reason);
    }
}
