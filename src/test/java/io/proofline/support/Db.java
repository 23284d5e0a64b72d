package io.proofline.support;

import java.util.List;
import java.util.UUID;

import io.proofline.event.Event;
import io.proofline.project.Project;
import io.proofline.project.ProjectState;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Direct reads and writes for tests that must see or set what the API does not show. */
public final class Db {

    private Db() {
    }

    /**
     * Puts a project straight into a state, as if it had got there; InTransit heads for Archived, with no job to finish
     * the move.
     */
    public static void forceState(String projectId, ProjectState state) {
        QuarkusTransaction.requiringNew().run(() -> {
            Project project = Project.findById(UUID.fromString(projectId));
            project.state = state;
            project.transitTarget = state == ProjectState.InTransit ? ProjectState.Archived : null;
        });
    }

    /** Makes a project private: only its owners, collaborators and the company's owners and admins see it. */
    public static void makePrivate(String projectId) {
        QuarkusTransaction.requiringNew()
                .run(() -> Project.<Project> findById(UUID.fromString(projectId)).privateProject = true);
    }

    public static Project project(String projectId) {
        return QuarkusTransaction.requiringNew().call(() -> Project.<Project> findById(UUID.fromString(projectId)));
    }

    /** A project's events, oldest first. */
    public static List<Event> events(String projectId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Event.<Event> list("projectId = ?1 order by seq", UUID.fromString(projectId)));
    }

    /** Events of one type whose data mentions the given text, oldest first. */
    public static List<Event> events(String type, String dataContains) {
        return QuarkusTransaction.requiringNew().call(
                () -> Event.<Event> list("type = ?1 and data like ?2 order by seq", type, "%" + dataContains + "%"));
    }
}
