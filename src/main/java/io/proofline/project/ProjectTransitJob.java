package io.proofline.project;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.proofline.job.JobHandler;

/** Finishes a move into or out of the archive: the InTransit step of the state machine. */
@ApplicationScoped
public class ProjectTransitJob implements JobHandler {

    public static final String TYPE = "project.transit";

    @Inject
    ProjectService projects;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(String payload) {
        projects.finishTransit(UUID.fromString(payload));
    }
}
