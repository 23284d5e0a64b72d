package io.proofline.review;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetService;
import io.proofline.asset.AssetType;
import io.proofline.event.EventLog;
import io.proofline.project.Project;
import io.proofline.project.ProjectLocks;
import io.proofline.system.ForbiddenException;
import io.proofline.system.GoneException;
import io.proofline.system.NotFoundException;
import io.proofline.system.Times;
import io.proofline.system.ValidationException;
import io.proofline.system.Validator;

/**
 * Approvals and rejections of file assets (versions), through review tasks and review links. The review page calls this
 * after it has let the reviewer in (token, password); nothing here checks a principal. Refusals: an unknown task, link
 * or asset is a 404, a finished task or a link that no longer opens a 410, a read-only task or a link without approvals
 * a 403.
 */
@ApplicationScoped
public class Decisions {

    @Inject
    ProjectLocks projectLocks;

    public static final String REVIEW_FINISHED = "This review is finished.";
    public static final String LINK_CLOSED = "This review link has expired or is no longer available.";
    public static final String READ_ONLY = "This review is read-only.";
    public static final String NO_APPROVALS = "This review link does not allow approvals.";
    public static final String NOT_MUTABLE = "Decisions can be made only when the project is Active or OnHold.";
    public static final int MAX_COMMENT_LENGTH = 2000;

    @Inject
    EntityManager entityManager;

    @Inject
    EventLog events;

    @Inject
    ReviewScopes scopes;

    /** A decision through a review link by the reviewer who gave this name and email on the review page. */
    @Transactional
    public Decision decideInLink(UUID reviewLinkId, UUID assetId, String name, String email, boolean approve,
            String comment) {
        Validator validator = new Validator().required("name", name).maxLength("name", name, 255)
                .required("email", email).maxLength("email", email, 320)
                .maxLength("comment", comment, MAX_COMMENT_LENGTH);
        if (name != null && name.chars().anyMatch(Character::isISOControl)) {
            validator.add("name", "'name' must not contain control characters.");
        }
        validator.email("email", email);
        validator.throwIfInvalid();
        ReviewLink link = reviewLinkId == null ? null : entityManager.find(ReviewLink.class, reviewLinkId);
        if (link == null) {
            throw new NotFoundException(ReviewLinkService.NOT_FOUND);
        }
        // the project first, then the link: the order in which completing a project takes its locks
        Project project = projectLocks.lockEntity(link.projectId);
        entityManager.refresh(link, LockModeType.PESSIMISTIC_WRITE);
        if (!link.opensAt(Times.now()) || project == null) {
            throw new GoneException(LINK_CLOSED);
        }
        requireMutable(project);
        if (!link.allowApprovals) {
            throw new ForbiddenException(NO_APPROVALS);
        }
        Asset asset = decidable(assetId);
        if (!asset.projectId.equals(link.projectId) || !scopes.link(link).holds(asset)) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        Decision decision = newDecision(link.accountId, asset, approve, comment);
        decision.reviewLinkId = link.id;
        decision.reviewerName = name.trim();
        decision.reviewerEmail = email.trim().toLowerCase(Locale.ROOT);
        decision.reviewerKey = decision.reviewerEmail;
        save(decision);
        events.record("review_link.decision", new EventLog.Subject(link.accountId, link.projectId, asset.id, null),
                EventLog.data("ReviewLinkUID", link.id.toString(), "AssetUID", asset.id.toString(), "Decision",
                        approve ? "Approved" : "Rejected", "Name", decision.reviewerName, "Email",
                        decision.reviewerEmail));
        return decision;
    }

    /**
     * A decision through a review task, by its reviewer (the assigned user, or the external reviewer). When every live
     * asset of the task has a decision, the task completes: {@code task.completed}, then {@code task.approved} when
     * every asset was approved, else {@code task.rejected}.
     */
    @Transactional
    public Decision decideInTask(UUID taskId, UUID assetId, boolean approve, String comment) {
        new Validator().maxLength("comment", comment, MAX_COMMENT_LENGTH).throwIfInvalid();
        ReviewTask task = taskId == null ? null : entityManager.find(ReviewTask.class, taskId);
        // the project first, then the task: completing a project locks it, then deletes its open tasks
        Project project = task == null ? null : projectLocks.lockEntity(task.projectId);
        if (task != null) {
            entityManager.refresh(task, LockModeType.PESSIMISTIC_WRITE);
        }
        if (task == null || task.deletedAt != null || project == null) {
            throw new NotFoundException(ReviewTaskService.NOT_FOUND);
        }
        requireMutable(project);
        if (task.status == ReviewTask.Status.Completed) {
            throw new GoneException(REVIEW_FINISHED);
        }
        if (task.readOnly) {
            throw new ForbiddenException(READ_ONLY);
        }
        Asset asset = decidable(assetId);
        if (!scopes.task(task).holds(asset)) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        Decision decision = newDecision(task.accountId, asset, approve, comment);
        decision.taskId = task.id;
        if (task.external) {
            decision.reviewerName = task.reviewerName();
            decision.reviewerEmail = task.email;
            decision.reviewerKey = task.email;
        } else {
            decision.reviewerUserId = task.assigneeUserId;
            decision.reviewerKey = task.assigneeUserId.toString();
        }
        save(decision);
        EventLog.Subject subject = new EventLog.Subject(task.accountId, task.projectId, null,
                task.external ? null : task.assigneeUserId);
        events.record("task.decision",
                new EventLog.Subject(task.accountId, task.projectId, asset.id, subject.actorId()),
                EventLog.data("TaskUID", task.id.toString(), "AssetUID", asset.id.toString(), "Decision",
                        approve ? "Approved" : "Rejected"));
        completeWhenDecided(task, subject);
        return decision;
    }

    /** The latest decision on each of these assets in the link (of any reviewer: the newest), in one query. */
    @Transactional
    public Map<UUID, Decision> latestInLink(UUID reviewLinkId, Collection<UUID> assetIds) {
        return latest("d.reviewLinkId = :owner", reviewLinkId, assetIds);
    }

    /** The latest decision of the task's reviewer on each of these assets, in one query. */
    @Transactional
    public Map<UUID, Decision> latestInTask(UUID taskId, Collection<UUID> assetIds) {
        return latest("d.taskId = :owner", taskId, assetIds);
    }

    private Map<UUID, Decision> latest(String owner, UUID ownerId, Collection<UUID> assetIds) {
        Map<UUID, Decision> latest = new LinkedHashMap<>();
        if (ownerId == null || assetIds.isEmpty()) {
            return latest;
        }
        entityManager
                .createQuery("select d from Decision d where " + owner + " and d.assetId in :assets"
                        + " and d.latest = true order by d.createdAt, d.id", Decision.class)
                .setParameter("owner", ownerId).setParameter("assets", Set.copyOf(assetIds)).getResultList()
                .forEach(decision -> latest.put(decision.assetId, decision));
        return latest;
    }

    private void completeWhenDecided(ReviewTask task, EventLog.Subject subject) {
        List<Object[]> rows = entityManager.createQuery("select i.assetId, d.approved from ReviewTaskAsset i"
                + " join Asset a on a.id = i.assetId left join Decision d on d.taskId = i.taskId"
                + " and d.assetId = i.assetId and d.latest = true where i.taskId = :task and a.deletedAt is null",
                Object[].class).setParameter("task", task.id).getResultList();
        if (rows.stream().anyMatch(row -> row[1] == null)) {
            return;
        }
        boolean allApproved = rows.stream().allMatch(row -> Boolean.TRUE.equals(row[1]));
        task.status = ReviewTask.Status.Completed;
        task.completedAt = Times.now();
        task.updatedAt = task.completedAt;
        Map<String, Object> data = EventLog.data("TaskUID", task.id.toString(), "ProjectUID",
                task.projectId.toString());
        events.record("task.completed", subject, data);
        events.record(allApproved ? "task.approved" : "task.rejected", subject, data);
    }

    /** The previous latest decision of the same reviewer on the same asset in the same task or link stops counting. */
    private void save(Decision decision) {
        String owner = decision.taskId != null ? "d.taskId = :owner" : "d.reviewLinkId = :owner";
        entityManager
                .createQuery("update Decision d set d.latest = false where " + owner
                        + " and d.assetId = :asset and d.reviewerKey = :key and d.latest = true")
                .setParameter("owner", decision.taskId != null ? decision.taskId : decision.reviewLinkId)
                .setParameter("asset", decision.assetId).setParameter("key", decision.reviewerKey).executeUpdate();
        decision.persist();
        entityManager.flush();
    }

    private Decision newDecision(UUID accountId, Asset asset, boolean approve, String comment) {
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.accountId = accountId;
        decision.projectId = asset.projectId;
        decision.assetId = asset.id;
        decision.approved = approve;
        decision.comment = comment == null || comment.isBlank() ? null : comment.trim();
        decision.latest = true;
        decision.createdAt = Times.now();
        return decision;
    }

    /** A live file: decisions are per version, never on a stack or folder. */
    private Asset decidable(UUID assetId) {
        Asset asset = assetId == null ? null : entityManager.find(Asset.class, assetId);
        if (asset == null || asset.deletedAt != null) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        if (asset.type != AssetType.file) {
            throw ValidationException.of("assetUID", "Only a file (a version) can be approved or rejected.");
        }
        return asset;
    }

    private static void requireMutable(Project project) {
        ProjectLocks.requireMutable(project.state, NOT_MUTABLE);
    }
}
