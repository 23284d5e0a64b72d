package io.proofline.review;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetType;
import io.proofline.asset.VersionStacks;
import io.proofline.project.Project;
import io.proofline.system.Times;
import io.proofline.tenancy.Access;
import io.proofline.tenancy.AppUser;

/**
 * Makes the {@link ReviewScope} of a review link or task, finds reviews by their page's token, and answers what a
 * reviewer may do with a file's annotations. Every rule about what a review shows is implemented here once.
 */
@ApplicationScoped
public class ReviewScopes {

    /** What a reviewer may do with the annotations of a file. */
    public enum Grant {
        /** The review does not open, is not the reviewer's, or does not show the file. */
        NONE,
        /** The reviewer may read annotations but not write (a read-only task). */
        READ,
        /** The reviewer may read and write annotations. */
        WRITE
    }

    private static final String LINK_ITEMS = "from ReviewLinkItem i, Asset a where a.id = i.assetId"
            + " and i.reviewLinkId = :review and a.deletedAt is null";
    private static final String TASK_ITEMS = "from ReviewTaskAsset i, Asset a where a.id = i.assetId"
            + " and i.taskId = :review and a.deletedAt is null";

    @Inject
    EntityManager entityManager;

    @Inject
    VersionStacks versionStacks;

    @Inject
    Access access;

    // Decisions asks the scopes whether a review shows a file, and a scope records decisions through Decisions: both
    // are application-scoped, so the container resolves the two injections through proxies.
    @Inject
    Decisions decisions;

    public ReviewScope link(ReviewLink link) {
        return new ReviewScope(this, ReviewScope.Kind.LINK, link.id, link.projectId, link.currentVersionOnly);
    }

    /** A task holds files (a stack was resolved to its newest version when the task was made). */
    public ReviewScope task(ReviewTask task) {
        return new ReviewScope(this, ReviewScope.Kind.TASK, task.id, task.projectId, true);
    }

    /** The review link a page token names, whatever its state. */
    @Transactional
    public Optional<ReviewLink> linkByToken(String token) {
        return entityManager.createQuery("select l from ReviewLink l where l.token = :token", ReviewLink.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    /** The name of a review's project, which a task's page shows as its title. */
    @Transactional
    public String projectName(ReviewScope scope) {
        return entityManager.find(Project.class, scope.projectId()).name;
    }

    /**
     * Who reviews through a task's page: an external task's email address, or an internal task's assignee while they
     * still see the task's project (the page shows nothing the assignee could not see with their login); empty when
     * nobody may.
     */
    @Transactional
    public Optional<ExternalReviewer> reviewerOf(ReviewTask task) {
        if (task.external) {
            return Optional.of(ExternalReviewer.throughTask(task.reviewerName(), task.email, task.id));
        }
        AppUser assignee = entityManager.find(AppUser.class, task.assigneeUserId);
        if (assignee == null || !access.sees(assignee.id, task.projectId)) {
            return Optional.empty();
        }
        return Optional.of(ExternalReviewer.assignee(assignee.id, assignee.shownName(), assignee.email, task.id));
    }

    /**
     * What the reviewer may do with the annotations of a live asset: a link that opens now grants what it shows; an
     * open task grants its own reviewer (an external task its email address, an internal one its assignee) what it
     * shows, READ when it is read-only.
     */
    @Transactional
    public Grant grant(ExternalReviewer reviewer, UUID assetId) {
        Asset asset = assetId == null ? null : entityManager.find(Asset.class, assetId);
        if (reviewer == null || asset == null || asset.deletedAt != null) {
            return Grant.NONE;
        }
        if (reviewer.reviewLinkId() != null) {
            ReviewLink link = entityManager.find(ReviewLink.class, reviewer.reviewLinkId());
            if (link == null || !link.opensAt(Times.now()) || !link.projectId.equals(asset.projectId)) {
                return Grant.NONE;
            }
            return link(link).holds(asset) ? Grant.WRITE : Grant.NONE;
        }
        ReviewTask task = reviewer.taskId() == null ? null : openTask(reviewer.taskId());
        if (task == null || !isTheReviewerOf(task, reviewer) || !task(task).holds(asset)) {
            return Grant.NONE;
        }
        return task.readOnly ? Grant.READ : Grant.WRITE;
    }

    private ReviewTask openTask(UUID taskId) {
        return entityManager
                .createQuery(
                        "select t from ReviewTask t, Project p where t.id = :task and p.id = t.projectId"
                                + " and t.status = :open and t.deletedAt is null and p.deletedAt is null",
                        ReviewTask.class)
                .setParameter("task", taskId).setParameter("open", ReviewTask.Status.Open).getResultStream().findFirst()
                .orElse(null);
    }

    private static boolean isTheReviewerOf(ReviewTask task, ExternalReviewer reviewer) {
        if (reviewer.isAssignee()) {
            return !task.external && reviewer.userId().equals(task.assigneeUserId);
        }
        return task.external && reviewer.email() != null
                && reviewer.email().trim().toLowerCase(Locale.ROOT).equals(task.email);
    }

    // ---- the rules, for ReviewScope

    long count(ReviewScope scope) {
        return entityManager.createQuery("select count(i) " + items(scope), Long.class)
                .setParameter("review", scope.id()).getSingleResult();
    }

    @Transactional
    ReviewScope.Page page(ReviewScope scope, int requestedPage, int pageSize) {
        long total = count(scope);
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int page = Math.min(Math.max(1, requestedPage), pages);
        List<Asset> roots = entityManager.createQuery("select a " + items(scope) + " order by i.position", Asset.class)
                .setParameter("review", scope.id()).setFirstResult((page - 1) * pageSize).setMaxResults(pageSize)
                .getResultList();
        Map<UUID, List<Asset>> versions = versionStacks.versionsNewestFirst(
                roots.stream().filter(asset -> asset.type == AssetType.version_stack).map(asset -> asset.id).toList());
        List<ReviewScope.Item> items = roots.stream().map(root -> {
            if (root.type != AssetType.version_stack) {
                return new ReviewScope.Item(root, root, 0);
            }
            List<Asset> stack = versions.getOrDefault(root.id, List.of());
            return new ReviewScope.Item(root, stack.isEmpty() ? null : stack.get(0), stack.size());
        }).toList();
        return new ReviewScope.Page(items, page, pages, total);
    }

    @Transactional
    Optional<ReviewScope.Shown> show(ReviewScope scope, UUID fileId) {
        Asset file = fileId == null ? null : entityManager.find(Asset.class, fileId);
        if (file == null || file.deletedAt != null || file.type != AssetType.file || !holds(scope, file)) {
            return Optional.empty();
        }
        Asset parent = file.parentId == null ? null : entityManager.find(Asset.class, file.parentId);
        if (parent == null || parent.type != AssetType.version_stack) {
            return Optional.of(new ReviewScope.Shown(file, null, List.of()));
        }
        List<Asset> versions = scope.currentVersionOnly() ? List.of()
                : versionStacks.versionsNewestFirst(List.of(parent.id)).getOrDefault(parent.id, List.of());
        return Optional.of(new ReviewScope.Shown(file, parent, versions));
    }

    /**
     * The one rule: a live asset is shown when it is one of the review's assets, or a version of one of its live stacks
     * (only the newest when the review shows the current version only).
     */
    boolean holds(ReviewScope scope, Asset asset) {
        if (asset == null || asset.deletedAt != null) {
            return false;
        }
        if (isItem(scope, asset.id)) {
            return true;
        }
        if (asset.type != AssetType.file || asset.parentId == null || !isItem(scope, asset.parentId)) {
            return false;
        }
        Asset stack = entityManager.find(Asset.class, asset.parentId);
        return stack != null && stack.deletedAt == null && stack.type == AssetType.version_stack
                && (!scope.currentVersionOnly() || versionStacks.isNewest(asset));
    }

    private boolean isItem(ReviewScope scope, UUID assetId) {
        String query = scope.kind() == ReviewScope.Kind.LINK
                ? "select count(i) from ReviewLinkItem i where i.reviewLinkId = :review and i.assetId = :asset"
                : "select count(i) from ReviewTaskAsset i where i.taskId = :review and i.assetId = :asset";
        return entityManager.createQuery(query, Long.class).setParameter("review", scope.id())
                .setParameter("asset", assetId).getSingleResult() > 0;
    }

    Map<UUID, Decision> latestDecisions(ReviewScope scope, Collection<UUID> fileIds) {
        return scope.kind() == ReviewScope.Kind.LINK ? decisions.latestInLink(scope.id(), fileIds)
                : decisions.latestInTask(scope.id(), fileIds);
    }

    @Transactional
    Optional<ReviewScope.Decided> latestDecision(ReviewScope scope, UUID fileId) {
        Decision latest = latestDecisions(scope, List.of(fileId)).get(fileId);
        return Optional.ofNullable(latest).map(decision -> new ReviewScope.Decided(decision, reviewerName(decision)));
    }

    /** An outsider's name as given; an account user's (an internal task's assignee) from their account. */
    private String reviewerName(Decision decision) {
        if (decision.reviewerName != null || decision.reviewerUserId == null) {
            return decision.reviewerName;
        }
        AppUser user = entityManager.find(AppUser.class, decision.reviewerUserId);
        return user == null ? null : user.shownName();
    }

    Decision decide(ReviewScope scope, UUID fileId, ExternalReviewer reviewer, boolean approve, String comment) {
        if (scope.kind() == ReviewScope.Kind.LINK) {
            return decisions.decideInLink(scope.id(), fileId, reviewer.name(), reviewer.email(), approve, comment);
        }
        return decisions.decideInTask(scope.id(), fileId, approve, comment);
    }

    private static String items(ReviewScope scope) {
        return scope.kind() == ReviewScope.Kind.LINK ? LINK_ITEMS : TASK_ITEMS;
    }
}
