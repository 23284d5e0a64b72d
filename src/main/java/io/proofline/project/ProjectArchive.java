package io.proofline.project;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.proofline.storage.BlobArchive;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Moves a project's originals (files and reference documents) to archive storage and back while it is InTransit. Every
 * file's original moves (each version, and deleted files whose blob is still there); renditions stay, so archived
 * projects keep their thumbnails. Both moves may run again after a crash half-way: each blob is copied first, deleted
 * second, and skipped once moved.
 * <p>
 * It belongs to the project, not to media or storage: which blobs are a project's originals and whether the project is
 * still on its way to the target state are rules of the project's state machine, while {@link BlobArchive} (storage)
 * only moves one blob by its key. Reference documents are read by query, as refdoc builds on project.
 */
@ApplicationScoped
public class ProjectArchive {

    @Inject
    EntityManager entityManager;

    @Inject
    BlobArchive archive;

    /** How a move ended. */
    public enum Outcome {
        /** Every original is where the target state wants it. */
        DONE,
        /** Some originals are thawing from a cold storage class: run the move again later. */
        THAWING,
        /** The project is no longer InTransit towards this target: another move took over. */
        SUPERSEDED
    }

    public Outcome archiveProject(UUID projectId) throws IOException {
        for (String key : originals(projectId)) {
            if (!movingTo(projectId, ProjectState.Archived)) {
                return Outcome.SUPERSEDED;
            }
            archive.archive(key);
        }
        return Outcome.DONE;
    }

    public Outcome restoreProject(UUID projectId) throws IOException {
        boolean all = true;
        for (String key : originals(projectId)) {
            if (!movingTo(projectId, ProjectState.Active)) {
                return Outcome.SUPERSEDED;
            }
            all &= archive.restore(key);
        }
        return all ? Outcome.DONE : Outcome.THAWING;
    }

    /**
     * Whether the project is still InTransit towards the target. Checked before every blob: a runner that outlived its
     * job's lease must not move blobs back after a later move has started the other way.
     */
    private boolean movingTo(UUID projectId, ProjectState target) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(p) from Project p where p.id = :id and p.state = :transit"
                        + " and p.transitTarget = :target", Long.class)
                .setParameter("id", projectId).setParameter("transit", ProjectState.InTransit)
                .setParameter("target", target).getSingleResult() > 0);
    }

    /** The originals of the project's files and its reference documents. */
    private List<String> originals(UUID projectId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> keys = new ArrayList<>(entityManager
                    .createQuery("select a.blobKey from Asset a where a.projectId = :project"
                            + " and a.blobKey is not null order by a.id", String.class)
                    .setParameter("project", projectId).getResultList());
            keys.addAll(
                    entityManager
                            .createQuery("select d.blobKey from ReferenceDocument d where d.projectId = :project"
                                    + " order by d.id", String.class)
                            .setParameter("project", projectId).getResultList());
            return keys;
        });
    }
}
