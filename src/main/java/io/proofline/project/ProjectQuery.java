package io.proofline.project;

import java.util.Set;
import java.util.UUID;

/** The workflow seed's project filter: all conditions are ANDed. */
public record ProjectQuery(UUID projectId, Set<ProjectState> states, String text) {

    public static final Set<ProjectState> DEFAULT_STATES = Set.of(ProjectState.Active, ProjectState.OnHold,
            ProjectState.Completed);
}
