package io.proofline.review;

import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.proofline.annotation.ExternalTaskGrants;

/**
 * The annotation grants of external review tasks: an open external task grants its reviewer (by email) its live assets,
 * READ when it is read-only, WRITE otherwise. Finished, deleted, internal or unknown tasks grant nothing.
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
        return entityManager
                .createQuery(
                        "select t.readOnly from ReviewTask t, Project p, ReviewTaskAsset i, Asset a"
                                + " where t.id = :task and p.id = t.projectId and i.taskId = t.id and a.id = i.assetId"
                                + " and a.id = :asset and t.external = true and t.email = :email and t.status = :open"
                                + " and t.deletedAt is null and p.deletedAt is null and a.deletedAt is null",
                        Boolean.class)
                .setParameter("task", taskId).setParameter("asset", assetId)
                .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
                .setParameter("open", ReviewTask.Status.Open).getResultStream().findFirst()
                .map(readOnly -> readOnly ? Grant.READ : Grant.WRITE).orElse(Grant.NONE);
    }
}
