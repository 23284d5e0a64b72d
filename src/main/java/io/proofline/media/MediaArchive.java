package io.proofline.media;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Moves a project's originals to archive storage and back while it is InTransit. Every file's original moves (each
 * version, and deleted files whose blob is still there); renditions stay, so archived projects keep their thumbnails.
 * Both moves may run again after a crash half-way: each blob is copied first, deleted second, and skipped once moved.
 */
@ApplicationScoped
public class MediaArchive {

    @Inject
    EntityManager entityManager;

    @Inject
    BlobArchive archive;

    public void archiveProject(UUID projectId) throws IOException {
        for (String key : originals(projectId)) {
            archive.archive(key);
        }
    }

    /** Brings the originals back; false when some are still thawing from a cold storage class (try again later). */
    public boolean restoreProject(UUID projectId) throws IOException {
        boolean all = true;
        for (String key : originals(projectId)) {
            all &= archive.restore(key);
        }
        return all;
    }

    private List<String> originals(UUID projectId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("select a.blobKey from Asset a where a.projectId = :project"
                                + " and a.blobKey is not null order by a.id", String.class)
                        .setParameter("project", projectId).getResultList());
    }
}
