package io.proofline.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetService;
import io.proofline.asset.AssetType;
import io.proofline.asset.VersionStacks;
import io.proofline.asset.VisibleAssets;
import io.proofline.event.EventLog;
import io.proofline.job.JobQueue;
import io.proofline.project.Project;
import io.proofline.project.ProjectCompleted;
import io.proofline.project.ProjectService;
import io.proofline.project.ProjectState;
import io.proofline.system.NotFoundException;
import io.proofline.system.Passwords;
import io.proofline.system.ReadOnlyException;
import io.proofline.system.ServerSettings;
import io.proofline.system.StateRuleException;
import io.proofline.system.Times;
import io.proofline.system.ValidationException;
import io.proofline.tenancy.Access;
import io.proofline.tenancy.Principal;

/**
 * Review tasks: created by staff for an account user or an email address, listed and deleted by those who see the
 * project, found by token by the review page. A task reviews file assets; only live assets count, so deleting an asset
 * takes it out of its tasks, and a task left without live assets is gone.
 */
@ApplicationScoped
public class ReviewTaskService {

    public static final String NOT_FOUND = "Task not found.";
    public static final int MAX_ASSETS = 500;
    /** The job that mails a task's reviewer (an external task's address, an internal task's assignee) its link. */
    public static final String MAIL_JOB = "mail.review-task";

    @Inject
    EntityManager entityManager;

    @Inject
    ProjectService projects;

    @Inject
    VersionStacks versionStacks;

    @Inject
    VisibleAssets visibleAssets;

    @Inject
    Access access;

    @Inject
    Passwords passwords;

    @Inject
    EventLog events;

    @Inject
    JobQueue jobs;

    @Inject
    ServerSettings settings;

    /** What both kinds of task are created with; the external fields are null for an internal task. */
    public record Draft(UUID projectId, List<UUID> assetIds, Instant dueDate, String comment) {
    }

    /** The external task's own settings (seed {@code review_asset_ext}). */
    public record External(String email, String name, String password, String emailSubject, MailLanguage emailLanguage,
            boolean allowDownload, boolean readOnly) {
    }

    /** A task with its live assets in order. */
    public record Listed(ReviewTask task, List<UUID> assetIds) {
    }

    /** The address the task's reviewer opens, {@code /t/{token}}. */
    public String url(ReviewTask task) {
        return task.token == null ? null : settings.publicUrl() + "/t/" + task.token;
    }

    /**
     * {@code POST /api/v1/task/review_asset}: a task for a user of the project's account, mailed its link (in English,
     * to the user's account address).
     */
    @Transactional
    public Listed createInternal(Principal principal, Draft draft, UUID userId) {
        Project project = taskableProject(principal, draft.projectId());
        if (userId == null || !access.isMember(userId, project.accountId)) {
            throw new StateRuleException("User with UID [" + userId + "] not found.");
        }
        // the task's page shows the project's files and comments: only to someone who may see them anyway
        if (!access.sees(userId, project.id)) {
            throw new StateRuleException("User with UID [" + userId + "] cannot see project [" + project.id
                    + "]: make them an owner or collaborator of it, or a member of its team, first.");
        }
        List<UUID> files = files(principal, project, draft.assetIds());
        ReviewTask task = newTask(principal, project, draft);
        task.external = false;
        task.assigneeUserId = userId;
        task.token = ReviewLinkService.newToken();
        task.emailLanguage = MailLanguage.English;
        task.allowDownload = true;
        Listed listed = persist(principal, task, files);
        jobs.enqueue(MAIL_JOB, task.id.toString());
        return listed;
    }

    /** {@code POST /api/v1/task/review_asset_ext}: a task for an email address, mailed its link. */
    @Transactional
    public Listed createExternal(Principal principal, Draft draft, External external) {
        Project project = taskableProject(principal, draft.projectId());
        List<UUID> files = files(principal, project, draft.assetIds());
        ReviewTask task = newTask(principal, project, draft);
        task.external = true;
        task.email = external.email().trim().toLowerCase(java.util.Locale.ROOT);
        task.name = external.name();
        task.token = ReviewLinkService.newToken();
        task.passwordHash = external.password() == null ? null : passwords.hash(external.password());
        task.emailSubject = external.emailSubject();
        task.emailLanguage = external.emailLanguage() == null ? MailLanguage.English : external.emailLanguage();
        task.readOnly = external.readOnly();
        task.allowDownload = external.allowDownload();
        Listed listed = persist(principal, task, files);
        jobs.enqueue(MAIL_JOB, task.id.toString());
        return listed;
    }

    /** The live tasks (open and completed) of a project the caller sees, oldest first. */
    @Transactional
    public List<Listed> list(Principal principal, UUID projectId) {
        Project project = projects.get(principal, projectId);
        List<ReviewTask> tasks = entityManager
                .createQuery("select t from ReviewTask t where t.projectId = :project and t.deletedAt is null"
                        + " order by t.createdAt, t.id", ReviewTask.class)
                .setParameter("project", project.id).getResultList();
        return withAssets(tasks);
    }

    /**
     * The open tasks of projects the caller was already shown (the seed's {@code IsLoadTasks}), by project, in one
     * query for the tasks and one for their assets.
     */
    @Transactional
    public Map<UUID, List<Listed>> openOf(Collection<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        List<ReviewTask> tasks = entityManager
                .createQuery("select t from ReviewTask t where t.projectId in :projects and t.deletedAt is null"
                        + " and t.status = :open order by t.createdAt, t.id", ReviewTask.class)
                .setParameter("projects", Set.copyOf(projectIds)).setParameter("open", ReviewTask.Status.Open)
                .getResultList();
        Map<UUID, List<Listed>> byProject = new LinkedHashMap<>();
        for (Listed listed : withAssets(tasks)) {
            byProject.computeIfAbsent(listed.task().projectId, id -> new ArrayList<>()).add(listed);
        }
        return byProject;
    }

    /** Deletes a task of a project the caller sees; its link stops working at once. */
    @Transactional
    public void delete(Principal principal, UUID taskId) {
        ReviewTask task = visible(principal, taskId);
        entityManager.lock(task, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(task);
        if (task.deletedAt != null) {
            throw new NotFoundException(NOT_FOUND);
        }
        Project project = entityManager.find(Project.class, task.projectId);
        if (!project.state.isMutable()) {
            throw new ReadOnlyException(ProjectService.NOT_MUTABLE);
        }
        markDeleted(task, principal.userId());
    }

    /** Completing a project deletes its open tasks (seed: "all projects task are deleted"). */
    void onProjectCompleted(@Observes ProjectCompleted completed) {
        entityManager
                .createQuery("select t from ReviewTask t where t.projectId = :project and t.deletedAt is null"
                        + " and t.status = :open", ReviewTask.class)
                .setParameter("project", completed.projectId()).setParameter("open", ReviewTask.Status.Open)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(task -> markDeleted(task, completed.actorId()));
    }

    /**
     * The task behind {@code /t/{token}}, open or completed (the page then says the review is finished); empty for an
     * unknown token, a deleted task, a deleted project, or a task none of whose assets is left.
     */
    @Transactional
    public Optional<ReviewTask> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return entityManager
                .createQuery("select t from ReviewTask t, Project p where p.id = t.projectId"
                        + " and t.token = :token and t.deletedAt is null and p.deletedAt is null and exists ("
                        + " select 1 from ReviewTaskAsset i, Asset a where i.taskId = t.id and a.id = i.assetId"
                        + " and a.deletedAt is null)", ReviewTask.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    /**
     * The task's live file assets, in the order the task lists them. A task holds the versions it was created with: a
     * version stack named at creation stands for the newest version it had then.
     */
    @Transactional
    public List<Asset> assets(ReviewTask task) {
        return liveAssets(task.id).getResultList();
    }

    /** One page of {@link #assets(ReviewTask)}. */
    @Transactional
    public List<Asset> assets(UUID taskId, int offset, int limit) {
        return liveAssets(taskId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private TypedQuery<Asset> liveAssets(UUID taskId) {
        return entityManager
                .createQuery("select a from ReviewTaskAsset i, Asset a where a.id = i.assetId and i.taskId = :task"
                        + " and a.deletedAt is null order by i.position", Asset.class)
                .setParameter("task", taskId);
    }

    /** A live task of a project the caller sees, or 404. */
    @Transactional
    public ReviewTask get(Principal principal, UUID taskId) {
        return visible(principal, taskId);
    }

    private ReviewTask visible(Principal principal, UUID taskId) {
        if (taskId == null) {
            throw new NotFoundException(NOT_FOUND);
        }
        return entityManager
                .createQuery("select t from ReviewTask t, Project p where p.id = t.projectId and t.id = :id"
                        + " and t.deletedAt is null and " + Access.VISIBLE_PROJECT, ReviewTask.class)
                .setParameter("id", taskId).setParameter("uid", principal.userId()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private void markDeleted(ReviewTask task, UUID actorId) {
        task.deletedAt = Times.now();
        task.updatedAt = task.deletedAt;
        events.record("task.deleted", new EventLog.Subject(task.accountId, task.projectId, null, actorId),
                EventLog.data("TaskUID", task.id.toString(), "ProjectUID", task.projectId.toString()));
    }

    private Map<UUID, List<UUID>> assetIdsOf(List<UUID> taskIds) {
        Map<UUID, List<UUID>> byTask = new HashMap<>();
        if (taskIds.isEmpty()) {
            return byTask;
        }
        entityManager
                .createQuery(
                        "select i.taskId, i.assetId from ReviewTaskAsset i, Asset a where a.id = i.assetId"
                                + " and i.taskId in :tasks and a.deletedAt is null order by i.taskId, i.position",
                        Object[].class)
                .setParameter("tasks", Set.copyOf(taskIds)).getResultList()
                .forEach(row -> byTask.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((UUID) row[1]));
        return byTask;
    }

    /** The tasks with their live assets; a task none of whose assets is left is not listed. */
    private List<Listed> withAssets(List<ReviewTask> tasks) {
        Map<UUID, List<UUID>> assets = assetIdsOf(tasks.stream().map(task -> task.id).toList());
        return tasks.stream().filter(task -> assets.containsKey(task.id))
                .map(task -> new Listed(task, assets.get(task.id))).toList();
    }

    /** A project the caller sees, in a state that can have tasks (412 otherwise, with the seed's text). */
    private Project taskableProject(Principal principal, UUID projectId) {
        Project project = projects.get(principal, projectId);
        entityManager.lock(project, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(project);
        if (project.deletedAt != null) {
            throw new NotFoundException(ProjectService.NOT_FOUND);
        }
        if (project.state != ProjectState.Active && project.state != ProjectState.OnHold) {
            // the seed prints a completed project's state as "Complete" in this one message
            String state = project.state == ProjectState.Completed ? "Complete" : project.state.name();
            throw new StateRuleException("You can not create a task for a project in state [" + state + "].");
        }
        return project;
    }

    /**
     * The files to review, in the order given, without repeats: files of the project as they are, version stacks as
     * their newest version. Unknown and foreign ids are a 404, assets of another project and folders a 400.
     */
    private List<UUID> files(Principal principal, Project project, List<UUID> assetIds) {
        LinkedHashSet<UUID> wanted = new LinkedHashSet<>(assetIds);
        Map<UUID, Asset> found = new HashMap<>();
        entityManager
                .createQuery("select a from Asset a where a.id in :ids and a.projectId = :project"
                        + " and a.deletedAt is null", Asset.class)
                .setParameter("ids", wanted).setParameter("project", project.id).getResultList()
                .forEach(asset -> found.put(asset.id, asset));
        List<UUID> elsewhere = wanted.stream().filter(id -> !found.containsKey(id)).toList();
        if (!elsewhere.isEmpty()) {
            Map<UUID, Asset> visibleElsewhere = visibleAssets.findAll(principal, elsewhere);
            if (visibleElsewhere.size() < elsewhere.size()) {
                throw new NotFoundException(AssetService.NOT_FOUND);
            }
            throw ValidationException.of("assetUIDs", "Asset " + elsewhere.get(0) + " is not in the task's project.");
        }
        Map<UUID, Asset> newest = versionStacks.newest(found.values().stream()
                .filter(asset -> asset.type == AssetType.version_stack).map(asset -> asset.id).toList());
        LinkedHashSet<UUID> files = new LinkedHashSet<>();
        for (UUID id : wanted) {
            Asset asset = found.get(id);
            if (asset.type == AssetType.folder) {
                throw ValidationException.of("assetUIDs", "Asset " + id + " is a folder; a task reviews files.");
            }
            if (asset.type == AssetType.version_stack) {
                Asset version = newest.get(id);
                if (version == null) {
                    throw ValidationException.of("assetUIDs", "Asset " + id + " is a version stack without versions.");
                }
                files.add(version.id);
            } else {
                files.add(id);
            }
        }
        return List.copyOf(files);
    }

    private static ReviewTask newTask(Principal principal, Project project, Draft draft) {
        ReviewTask task = new ReviewTask();
        task.id = UUID.randomUUID();
        task.accountId = project.accountId;
        task.projectId = project.id;
        task.dueDate = draft.dueDate();
        task.comment = draft.comment();
        task.status = ReviewTask.Status.Open;
        task.createdBy = principal.userId();
        task.createdAt = Times.now();
        task.updatedAt = task.createdAt;
        return task;
    }

    private Listed persist(Principal principal, ReviewTask task, List<UUID> files) {
        task.persist();
        entityManager.flush();
        int position = 0;
        for (UUID file : files) {
            ReviewTaskAsset item = new ReviewTaskAsset();
            item.id = UUID.randomUUID();
            item.taskId = task.id;
            item.assetId = file;
            item.position = ++position;
            item.persist();
        }
        events.record("task.created", new EventLog.Subject(task.accountId, task.projectId, null, principal.userId()),
                EventLog.data("TaskUID", task.id.toString(), "ProjectUID", task.projectId.toString(), "Type",
                        task.external ? "ReviewAssetExternal" : "ReviewAsset", "UserUID",
                        task.assigneeUserId == null ? null : task.assigneeUserId.toString(), "Email", task.email,
                        "AssetUIDs", files.stream().map(UUID::toString).toList()));
        return new Listed(task, files);
    }
}
