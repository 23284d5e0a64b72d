package io.proofline.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The workflow seed's {@code reviewStatus}: open review tasks, and approvals and rejections that count (each reviewer's
 * latest per asset in a task or link), for assets or projects, in one query per list.
 */
@ApplicationScoped
public class ReviewStatusCounts {

    public record Counts(long pending, long approved, long rejected) {
        public static final Counts NONE = new Counts(0, 0, 0);
    }

    private static final String OPEN_TASK = "t.deletedAt is null and t.status = :open";

    @Inject
    EntityManager entityManager;

    /**
     * Per file asset: the open tasks that hold it ("the asset has 1 uncompleted review task") and the decisions on it.
     */
    @Transactional
    public Map<UUID, Counts> ofAssets(Collection<UUID> assetIds) {
        return run("select a.id,"
                + " (select count(t) from ReviewTask t, ReviewTaskAsset i where i.taskId = t.id and i.assetId = a.id"
                + "  and " + OPEN_TASK + "),"
                + " (select count(d) from Decision d where d.assetId = a.id and d.latest = true and d.approved = true),"
                + " (select count(d) from Decision d where d.assetId = a.id and d.latest = true and d.approved = false)"
                + " from Asset a where a.id in :ids", assetIds);
    }

    /**
     * Per project: its open tasks that still hold a live asset, and the decisions on its live assets.
     */
    @Transactional
    public Map<UUID, Counts> ofProjects(Collection<UUID> projectIds) {
        String liveAsset = "exists (select 1 from Asset a where a.id = %s and a.deletedAt is null)";
        return run("select p.id," + " (select count(t) from ReviewTask t where t.projectId = p.id and " + OPEN_TASK
                + " and exists ("
                + "  select 1 from ReviewTaskAsset i, Asset a where i.taskId = t.id and a.id = i.assetId"
                + "  and a.deletedAt is null)),"
                + " (select count(d) from Decision d where d.projectId = p.id and d.latest = true and d.approved = true"
                + "  and " + liveAsset.formatted("d.assetId") + "),"
                + " (select count(d) from Decision d where d.projectId = p.id and d.latest = true"
                + "  and d.approved = false and " + liveAsset.formatted("d.assetId") + ")"
                + " from Project p where p.id in :ids", projectIds);
    }

    private Map<UUID, Counts> run(String query, Collection<UUID> ids) {
        Map<UUID, Counts> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        entityManager.createQuery(query, Object[].class).setParameter("ids", Set.copyOf(ids))
                .setParameter("open", ReviewTask.Status.Open).getResultList()
                .forEach(row -> counts.put((UUID) row[0], new Counts((Long) row[1], (Long) row[2], (Long) row[3])));
        return counts;
    }
}
