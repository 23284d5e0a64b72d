package io.proofline.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetTree;
import io.proofline.asset.AssetType;
import io.proofline.event.EventLog;
import io.proofline.job.JobQueue;
import io.proofline.system.NoChangeException;
import io.proofline.system.NotFoundException;
import io.proofline.system.ReadOnlyException;
import io.proofline.system.StateRuleException;
import io.proofline.system.Times;
import io.proofline.tenancy.Access;
import io.proofline.tenancy.Account;
import io.proofline.tenancy.Principal;
import io.proofline.tenancy.Team;

/** Projects: creation, edits, deletion and the state machine, each with its events. */
@ApplicationScoped
public class ProjectService {

    @Inject
    ProjectLocks projectLocks;

    public static final String NOT_FOUND = "Project not found.";
    public static final String NOT_MUTABLE = "Project’s editing is possible only when the project is Active or OnHold."
            + " Completed, Archived or InTransit projects are not mutable.";
    static final String NOT_DELETABLE = "Project must be either Completed or Archived to be deleted.";

    @Inject
    EntityManager entityManager;

    @Inject
    Access access;

    @Inject
    AssetTree tree;

    @Inject
    EventLog events;

    @Inject
    JobQueue jobs;

    @Inject
    jakarta.enterprise.event.Event<ProjectCompleted> completed;

    /** A visible, live project, or 404. */
    @Transactional
    public Project get(Principal principal, UUID projectId) {
        return find(principal, projectId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    @Transactional
    public Optional<Project> find(Principal principal, UUID projectId) {
        if (projectId == null) {
            return Optional.empty();
        }
        return visible("p.id = :id", principal).setParameter("id", projectId).getResultStream().findFirst();
    }

    /** Projects matching the workflow seed's filter, newest first. */
    @Transactional
    public List<Project> list(Principal principal, ProjectQuery query) {
        StringBuilder where = new StringBuilder("p.state in :states");
        if (query.projectId() != null) {
            where.append(" and p.id = :id");
        }
        boolean hasText = query.text() != null && !query.text().isEmpty();
        if (hasText) {
            where.append(" and (p.name like :text escape '!' or p.customer like :text escape '!'"
                    + " or p.product like :text escape '!' or p.design like :text escape '!'"
                    + " or p.revision like :text escape '!' or p.description like :text escape '!'"
                    + " or exists (select 1 from Project tp join tp.tags tag where tp = p and tag like :text escape '!'))");
        }
        TypedQuery<Project> typed = visible(where + " order by p.createdAt desc, p.id", principal)
                .setParameter("states", query.states());
        if (query.projectId() != null) {
            typed.setParameter("id", query.projectId());
        }
        if (hasText) {
            typed.setParameter("text", "%" + escapeLike(query.text()) + "%");
        }
        return typed.getResultList();
    }

    /**
     * The live file assets of the given projects, oldest first. With {@code newestVersionsOnly}, a version stack shows
     * only its newest version: the last one placed in it.
     */
    @Transactional
    public List<Asset> files(List<UUID> projectIds, boolean newestVersionsOnly) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        String olderVersion = newestVersionsOnly
                ? " and not exists (select 1 from Asset s where s.id = a.parentId"
                        + " and s.type = :stack and s.countAll <> a.positionAll)"
                : "";
        TypedQuery<Asset> query = entityManager.createQuery("select a from Asset a where a.projectId in :ids"
                + " and a.type = :file and a.deletedAt is null" + olderVersion + " order by a.createdAt, a.id",
                Asset.class).setParameter("ids", projectIds).setParameter("file", AssetType.file);
        if (newestVersionsOnly) {
            query.setParameter("stack", AssetType.version_stack);
        }
        return query.getResultList();
    }

    /** The live projects of a team the caller sees, oldest first, one page (1-based). */
    @Transactional
    public List<Project> inTeam(Principal principal, UUID teamId, int page, int pageSize) {
        return visible("p.teamId = :team order by p.createdAt, p.id", principal).setParameter("team", teamId)
                .setFirstResult((page - 1) * pageSize).setMaxResults(pageSize).getResultList();
    }

    @Transactional
    public long countInTeam(Principal principal, UUID teamId) {
        return entityManager
                .createQuery("select count(p) from Project p where p.teamId = :team and " + Access.VISIBLE_PROJECT,
                        Long.class)
                .setParameter("team", teamId).setParameter("uid", principal.userId()).getSingleResult();
    }

    /**
     * Projects shared with the caller as a collaborator, in teams the caller is not part of (the tree seed's "shared
     * projects").
     */
    @Transactional
    public List<Project> shared(Principal principal, int page, int pageSize) {
        return sharedQuery(principal, "select p", " order by p.createdAt, p.id", Project.class)
                .setFirstResult((page - 1) * pageSize).setMaxResults(pageSize).getResultList();
    }

    @Transactional
    public long countShared(Principal principal) {
        return sharedQuery(principal, "select count(p)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> sharedQuery(Principal principal, String select, String order, Class<T> type) {
        return entityManager.createQuery(select + " from Project p where p.deletedAt is null and exists ("
                + " select 1 from ProjectCollaborator c where c.projectId = p.id and c.userId = :uid)"
                + " and not exists (select 1 from TeamMember tm where tm.teamId = p.teamId and tm.userId = :uid)"
                + " and not exists (select 1 from Membership m where m.accountId = p.accountId"
                + "  and m.userId = :uid and m.role in " + Access.MANAGING_ROLES + ")" + order, type)
                .setParameter("uid", principal.userId());
    }

    /**
     * Creates a project in a team (or, with no team, in the account's first team), with its root folder. Owners must
     * belong to the account.
     */
    @Transactional
    public Project create(Principal principal, Account account, Team team, ProjectInput input) {
        checkOwners(account.id, input.ownerIds());
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.accountId = account.id;
        project.teamId = team.id;
        project.state = ProjectState.Active;
        project.createdBy = principal.userId();
        project.createdAt = Times.now();
        project.updatedAt = project.createdAt;
        project.privateProject = input.privateProject();
        apply(project, input);
        Asset root = tree.newAsset(project.id, AssetType.folder, "root", principal.userId());
        project.rootAssetId = root.id;
        project.persist();
        entityManager.flush();
        root.persist();
        events.record("project.created", subject(project, principal),
                EventLog.data("ProjectUID", project.id.toString(), "Name", project.name));
        return project;
    }

    /**
     * Replaces a project's attributes; one {@code project.edited} event per changed attribute. Whether the project is
     * private stays as it was made: the workflow face that replaces attributes has no such field, and a replacement
     * must not open a private project to its whole team.
     */
    @Transactional
    public Project update(Principal principal, UUID projectId, ProjectInput input) {
        Project project = lockVisible(principal, projectId);
        if (!project.state.isMutable()) {
            throw new ReadOnlyException(NOT_MUTABLE);
        }
        checkOwners(project.accountId, input.ownerIds());
        List<Object[]> changes = new ArrayList<>();
        compare(changes, "Name", project.name, input.name());
        compare(changes, "Customer", project.customer, input.customer());
        compare(changes, "Project", project.product, input.product());
        compare(changes, "Design", project.design, input.design());
        compare(changes, "Revision", project.revision, input.revision());
        compare(changes, "Description", project.description, input.description());
        compare(changes, "Tags", List.copyOf(project.tags), input.tags());
        compare(changes, "DueDate", project.dueDate, input.dueDate());
        compare(changes, "ProjectOwners", List.copyOf(project.ownerIds), input.ownerIds());
        apply(project, input);
        project.updatedAt = Times.now();
        for (Object[] change : changes) {
            events.record("project.edited", subject(project, principal), EventLog.data("ProjectUID",
                    project.id.toString(), "Attribute", change[0], "Value", eventValue(change[1])));
        }
        return project;
    }

    /** Deletes a Completed or Archived project (soft: its history stays for the audit trail). */
    @Transactional
    public void delete(Principal principal, UUID projectId) {
        Project project = lockVisible(principal, projectId);
        if (project.state != ProjectState.Completed && project.state != ProjectState.Archived) {
            throw new StateRuleException(NOT_DELETABLE);
        }
        project.deletedAt = Times.now();
        project.updatedAt = project.deletedAt;
        events.record("project.deleted", subject(project, principal),
                EventLog.data("ProjectUID", project.id.toString(), "Name", project.name));
    }

    /**
     * Moves a project along the state machine. Completed to Archived and Archived to Active pass through InTransit,
     * finished by a background job.
     */
    @Transactional
    public Project changeState(Principal principal, UUID projectId, ProjectState target) {
        Project project = lockVisible(principal, projectId);
        ProjectState from = project.state;
        if (from == target) {
            throw new NoChangeException("Project already has state " + target + ".");
        }
        if (!allowed(from, target)) {
            throw new StateRuleException("You cannot directly change state from " + from + " to " + target
                    + ". Please refer documentation.");
        }
        project.updatedAt = Times.now();
        if ((from == ProjectState.Completed && target == ProjectState.Archived)
                || (from == ProjectState.Archived && target == ProjectState.Active)) {
            project.state = ProjectState.InTransit;
            project.transitTarget = target;
            jobs.enqueue(ProjectTransitJob.TYPE, project.id.toString());
        } else {
            project.state = target;
        }
        events.record("project.state", subject(project, principal),
                EventLog.data("ProjectUID", project.id.toString(), "State", project.state.name()));
        if (project.state == ProjectState.Completed) {
            completed.fire(new ProjectCompleted(project.id, project.accountId, principal.userId()));
        }
        return project;
    }

    /**
     * The transit job's last step: lands a project InTransit towards {@code target} in that state. Idempotent; a
     * project heading elsewhere by now is left alone.
     */
    @Transactional
    public void finishTransit(UUID projectId, ProjectState target) {
        Project project = projectLocks.lockEntity(projectId);
        if (project == null || project.state != ProjectState.InTransit || project.transitTarget != target) {
            return;
        }
        project.state = project.transitTarget;
        project.transitTarget = null;
        project.updatedAt = Times.now();
        events.record("project.state", new EventLog.Subject(project.accountId, project.id, null, null),
                EventLog.data("ProjectUID", project.id.toString(), "State", project.state.name()));
    }

    static boolean allowed(ProjectState from, ProjectState to) {
        return switch (from) {
            case Active -> to == ProjectState.OnHold || to == ProjectState.Completed;
            case OnHold -> to == ProjectState.Active || to == ProjectState.Completed;
            case Completed -> to == ProjectState.Active || to == ProjectState.Archived;
            case Archived -> to == ProjectState.Active;
            case InTransit -> false;
        };
    }

    private Project lockVisible(Principal principal, UUID projectId) {
        Project project = get(principal, projectId);
        entityManager.lock(project, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(project);
        // deleted by whoever held the lock before us
        if (project.deletedAt != null) {
            throw new NotFoundException(NOT_FOUND);
        }
        return project;
    }

    private TypedQuery<Project> visible(String condition, Principal principal) {
        return entityManager
                .createQuery("select p from Project p where " + Access.VISIBLE_PROJECT + " and " + condition,
                        Project.class)
                .setParameter("uid", principal.userId());
    }

    private void checkOwners(UUID accountId, List<UUID> ownerIds) {
        for (UUID ownerId : ownerIds) {
            if (!access.isMember(ownerId, accountId)) {
                throw new StateRuleException("User with UID [" + ownerId + "] not found.");
            }
        }
    }

    private static void apply(Project project, ProjectInput input) {
        project.name = input.name();
        project.customer = input.customer();
        project.product = input.product();
        project.design = input.design();
        project.revision = input.revision();
        project.description = input.description();
        project.dueDate = input.dueDate();
        project.tags.clear();
        project.tags.addAll(input.tags());
        project.ownerIds.clear();
        project.ownerIds.addAll(input.ownerIds().stream().distinct().toList());
    }

    private static void compare(List<Object[]> changes, String attribute, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Object[] { attribute, after });
        }
    }

    private static Object eventValue(Object value) {
        if (value instanceof java.time.Instant instant) {
            return Times.workflow(instant);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.toList());
        }
        return value;
    }

    private static EventLog.Subject subject(Project project, Principal principal) {
        return new EventLog.Subject(project.accountId, project.id, null, principal.userId());
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
