package io.proofline.review;

import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.proofline.annotation.ExternalTaskGrants;

/**
 * The annotation grants of review tasks: an open task grants its reviewer (an external task its email address, an
 * internal task its assignee) its live assets, READ when it is read-only, WRITE otherwise. Finished, deleted or unknown
 * tasks grant nothing, nor does a task to anyone but its own reviewer.
 */
@ApplicationScoped
public class ReviewTaskGrants implements ExternalTaskGrants {

    @Inject
    EntityManager entityManager;

    @Override
    @Transactional
    public Grant grant(UUID taskId, UUID assetId, String email) {
        if (taskId == null || assetId == null || email == null) {
            return Grant.NONE;
        }
        return grant(query(taskId, assetId, "t.external = true and t.email = :reviewer").setParameter("reviewer",
                email.trim().toLowerCase(Locale.ROOT)));
    }

    @Override
    @Transactional
    public Grant grantToAssignee(UUID taskId, UUID assetId, UUID userId) {
        if (taskId == null || assetId == null || userId == null) {
            return Grant.NONE;
        }
        return grant(query(taskId, assetId, "t.external = false and t.assigneeUserId = :reviewer")
                .setParameter("reviewer", userId));
    }

    /** Whether the open task holds the live asset for this reviewer, and if so its read-only flag; bind reviewer. */
    private TypedQuery<Boolean> query(UUID taskId, UUID assetId, String reviewer) {
        return entityManager
                .createQuery(
                        "select t.readOnly from ReviewTask t, Project p, ReviewTaskAsset i, Asset a"
                                + " where t.id = :task and p.id = t.projectId and i.taskId = t.id and a.id = i.assetId"
                                + " and a.id = :asset and " + reviewer + " and t.status = :open"
                                + " and t.deletedAt is null and p.deletedAt is null and a.deletedAt is null",
                        Boolean.class)
                .setParameter("task", taskId).setParameter("asset", assetId)
                .setParameter("open", ReviewTask.Status.Open);
    }

    private static Grant grant(TypedQuery<Boolean> query) {
        return query.getResultStream().findFirst().map(readOnly -> readOnly ? Grant.READ : Grant.WRITE)
                .orElse(Grant.NONE);
    }
}
