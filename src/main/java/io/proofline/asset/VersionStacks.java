package io.proofline.asset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The one model of versions, used by every face: a version stack is a container in the tree whose children are the
 * versions of one file, numbered 1, 2, 3… in the order they were added (newest = highest number = last placed). A file
 * that gets its first new version becomes version 1 of a new stack that takes the file's place in its folder.
 */
@ApplicationScoped
public class VersionStacks {

    @Inject
    EntityManager entityManager;

    @Inject
    AssetTree tree;

    /**
     * The stack holding the target's versions: the target itself when it is a stack, the stack a version lies in, or a
     * new stack put in place of a lone file. The caller holds the project's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Asset stackOf(Asset target, UUID creatorId) {
        if (target.type == AssetType.version_stack) {
            return target;
        }
        Asset parent = entityManager.find(Asset.class, target.parentId);
        if (parent.type == AssetType.version_stack) {
            return parent;
        }
        Asset stack = tree.newAsset(target.projectId, AssetType.version_stack, target.name, creatorId);
        if (target.versionNumber == null) {
            target.versionNumber = 1;
        }
        tree.replaceWith(target, stack);
        return stack;
    }

    /** Places a file (new, or moved from elsewhere in the project) as the newest version of a stack. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addVersion(Asset stack, Asset file) {
        Integer newest = entityManager
                // deleted versions count too: a number is never given twice
                .createQuery("select max(a.versionNumber) from Asset a where a.parentId = :stack", Integer.class)
                .setParameter("stack", stack.id).getSingleResult();
        file.versionNumber = (newest == null ? 0 : newest) + 1;
        if (file.parentId == null) {
            tree.append(file, stack.id);
        } else {
            tree.move(file, stack.id);
        }
    }

    /** The live versions of each stack, newest first (highest number first), in one query. */
    @Transactional
    public Map<UUID, List<Asset>> versionsNewestFirst(Collection<UUID> stackIds) {
        Map<UUID, List<Asset>> versions = new HashMap<>();
        if (stackIds.isEmpty()) {
            return versions;
        }
        entityManager
                .createQuery("select v from Asset v where v.parentId in :stacks and v.deletedAt is null"
                        + " and v.type = :file", Asset.class)
                .setParameter("stacks", stackIds).setParameter("file", AssetType.file).getResultList()
                .forEach(version -> versions.computeIfAbsent(version.parentId, key -> new ArrayList<>()).add(version));
        versions.values().forEach(list -> list.sort(NEWEST_FIRST));
        return versions;
    }

    /** The newest live version of each stack that has one. */
    @Transactional
    public Map<UUID, Asset> newest(Collection<UUID> stackIds) {
        Map<UUID, Asset> newest = new HashMap<>();
        versionsNewestFirst(stackIds).forEach((stack, versions) -> newest.put(stack, versions.get(0)));
        return newest;
    }

    /** Whether a version is the newest live one of its stack (no live version has a higher number). */
    @Transactional
    public boolean isNewest(Asset version) {
        return entityManager
                .createQuery("select count(v) from Asset v where v.parentId = :stack and v.deletedAt is null"
                        + " and v.type = :file and v.versionNumber > :version", Long.class)
                .setParameter("stack", version.parentId).setParameter("file", AssetType.file)
                .setParameter("version", numberOf(version)).getSingleResult() == 0;
    }

    /** A version's number; a file that never was in a stack is version 1. */
    public static int numberOf(Asset version) {
        return version.versionNumber == null ? 1 : version.versionNumber;
    }

    private static final Comparator<Asset> NEWEST_FIRST = Comparator.comparingInt(VersionStacks::numberOf).reversed();
}
