package io.proofline.project;

import java.io.IOException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.proofline.job.JobHandler;
import io.proofline.job.JobQueue;
import io.proofline.storage.StorageConfig;
import io.proofline.system.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The InTransit step of the state machine: moves the project's originals to archive storage (to Archived) or back (to
 * Active), then lands the project in its target state. Safe to run again: every move skips what has already moved.
 */
@ApplicationScoped
public class ProjectTransitJob implements JobHandler {

    public static final String TYPE = "project.transit";

    private static final Logger LOG = Logger.getLogger(ProjectTransitJob.class);

    @Inject
    ProjectService projects;

    @Inject
    ProjectArchive archive;

    @Inject
    JobQueue jobs;

    @Inject
    StorageConfig storage;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(String payload) throws IOException {
        UUID projectId = UUID.fromString(payload);
        Project project = QuarkusTransaction.requiringNew().call(() -> Project.<Project> findById(projectId));
        if (project == null || project.state != ProjectState.InTransit || project.transitTarget == null) {
            return;
        }
        ProjectState target = project.transitTarget;
        ProjectArchive.Outcome outcome = target == ProjectState.Archived ? archive.archiveProject(projectId)
                : archive.restoreProject(projectId);
        if (outcome == ProjectArchive.Outcome.SUPERSEDED) {
            return;
        }
        if (outcome == ProjectArchive.Outcome.THAWING) {
            // a cold storage class: the restore takes hours, longer than the job's retries would wait
            QuarkusTransaction.requiringNew().run(() -> jobs.enqueue(TYPE, payload).runAt = Times.now()
                    .plus(storage.archive().restoreCheckInterval()));
            LOG.infof("Project %s: originals are being restored from the archive, checking again in %s", projectId,
                    storage.archive().restoreCheckInterval());
            return;
        }
        projects.finishTransit(projectId, target);
    }
}
