package io.proofline.media.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.proofline.job.JobConfig;
import io.quarkus.scheduler.Scheduled;

/** Completes uploads sent straight to the store and drops expired ones, on every replica that runs jobs. */
@ApplicationScoped
public class PlaceholderUploadCheck {

    @Inject
    PlaceholderUploads uploads;

    @Inject
    JobConfig jobs;

    @Scheduled(every = "${proofline.media.upload-check-interval:30s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (jobs.enabled()) {
            uploads.checkOpenUploads();
        }
    }
}
