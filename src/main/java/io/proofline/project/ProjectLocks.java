package io.proofline.project;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.proofline.system.ReadOnlyException;

/**
 * The one way to lock a project before changing what it holds, so that it cannot be completed, archived or deleted
 * meanwhile: every change to a project's contents (its tree, uploads, annotations, decisions) takes this lock first,
 * and changes to one project never interleave. Two strategies: the row alone for changes to the contents, the entity
 * for callers that need the project whole.
 */
@ApplicationScoped
public class ProjectLocks {

    @Inject
    EntityManager entityManager;

    /** What a change to a project's contents needs of it, read under the lock. */
    public record Locked(UUID projectId, UUID accountId, UUID rootAssetId) {
    }

    /**
     * Locks the project's row and checks that it takes changes ({@link ProjectState#isMutable()}); otherwise a
     * {@link ReadOnlyException} with the caller's message (each feature's seed words it for its own objects). Plain
     * SQL: locking the Project entity would also lock-load its tag and owner collections, which a change to its
     * contents neither needs nor wants (and which Hibernate's follow-on locking trips over).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Locked lockMutable(UUID projectId, String readOnlyMessage) {
        // the ids as text: a native uuid column comes back as bytes on H2 and as a UUID on PostgreSQL
        Object[] row = (Object[]) entityManager
                .createNativeQuery("select state, cast(account_id as varchar),"
                        + " cast(root_asset_id as varchar) from project where id = :id for update")
                .setParameter("id", projectId).getSingleResult();
        requireMutable(ProjectState.valueOf((String) row[0]), readOnlyMessage);
        return new Locked(projectId, uuid(row[1]), uuid(row[2]));
    }

    /** Locks the project as an entity; null when it is missing or deleted. The caller checks what else it needs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Project lockEntity(UUID projectId) {
        Project project = entityManager.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        return project == null || project.deletedAt != null ? null : project;
    }

    /** Refuses a change to a project in a state that takes none. */
    public static void requireMutable(ProjectState state, String readOnlyMessage) {
        if (!state.isMutable()) {
            throw new ReadOnlyException(readOnlyMessage);
        }
    }

    private static UUID uuid(Object text) {
        return text == null ? null : UUID.fromString(text.toString());
    }
}
