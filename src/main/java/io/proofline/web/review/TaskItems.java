package io.proofline.web.review;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.proofline.asset.Asset;
import io.proofline.review.ReviewTaskService;

/** The files of one review task, in the order the task lists them. */
final class TaskItems implements ReviewItems {

    private final EntityManager entityManager;
    private final ReviewTaskService tasks;
    private final UUID taskId;

    TaskItems(EntityManager entityManager, ReviewTaskService tasks, UUID taskId) {
        this.entityManager = entityManager;
        this.tasks = tasks;
        this.taskId = taskId;
    }

    @Override
    public List<Asset> page(int offset, int limit) {
        return tasks.assets(taskId, offset, limit);
    }

    @Override
    public long count() {
        return entityManager
                .createQuery("select count(i) from ReviewTaskAsset i, Asset a where a.id = i.assetId"
                        + " and i.taskId = :task and a.deletedAt is null", Long.class)
                .setParameter("task", taskId).getSingleResult();
    }

    @Override
    public boolean holds(UUID assetId) {
        return entityManager
                .createQuery("select count(i) from ReviewTaskAsset i where i.taskId = :task and i.assetId = :asset",
                        Long.class)
                .setParameter("task", taskId).setParameter("asset", assetId).getSingleResult() > 0;
    }
}
