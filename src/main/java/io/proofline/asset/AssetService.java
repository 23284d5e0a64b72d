package io.proofline.asset;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import io.proofline.event.EventLog;
import io.proofline.project.ProjectLocks;
import io.proofline.system.NotFoundException;
import io.proofline.system.Times;
import io.proofline.system.ValidationException;
import io.proofline.system.Validator;
import io.proofline.tenancy.Principal;

/**
 * Reads and changes a project's tree: folders are created, renamed, moved and deleted here, each change with its event
 * in the same transaction. An asset of a project the caller does not see is reported as missing.
 */
@ApplicationScoped
public class AssetService {

    // The one arrow from asset up to project: a project and its tree change as one, so every change to the tree locks
    // the project (project reaches down to create its root folder through AssetTree).
    @Inject
    ProjectLocks projectLocks;

    @Inject
    VisibleAssets visibleAssets;

    public static final String NOT_FOUND = "Asset not found.";
    public static final int MAX_NAME_LENGTH = 1024;
    static final String NOT_MUTABLE = "The project’s tree can be changed only when the project is Active or OnHold."
            + " Completed, Archived or InTransit projects are not mutable.";

    @Inject
    EntityManager entityManager;

    @Inject
    AssetTree tree;

    @Inject
    EventLog events;

    @Inject
    VersionStacks versionStacks;

    /** One page of an asset's live children, with the number of them all (from the parent's counts, not a COUNT). */
    public record Children(Asset parent, List<Asset> items, long total) {
    }

    /** What a caller changes on an asset; null leaves an attribute as it is. */
    public record Change(String name, UUID parentId) {
    }

    /** A live asset in a project the caller sees, or 404. */
    @Transactional
    public Asset get(Principal principal, UUID assetId) {
        readOnly();
        return visible(principal, assetId);
    }

    /** A page (1-based) of live children in tree order, of one type or (type null) of all. */
    @Transactional
    public Children children(Principal principal, UUID parentId, AssetType type, int page, int pageSize) {
        readOnly();
        Asset parent = visible(principal, parentId);
        return new Children(parent, tree.children(parent, type, page, pageSize), parent.childCount(type));
    }

    /** Creates a folder, last among the children of a folder. */
    @Transactional
    public Asset createFolder(Principal principal, UUID parentId, String name) {
        String folderName = validName(name, true);
        Locked locked = lockForChange(principal, parentId);
        Asset parent = locked.asset();
        if (parent.type != AssetType.folder) {
            throw ValidationException.of("parent", "Folders can only be created inside a folder.");
        }
        Asset folder = tree.newAsset(parent.projectId, AssetType.folder, folderName, principal.userId());
        tree.append(folder, parent.id);
        events.record("folder.created", locked.subject(folder, principal),
                EventLog.data("ProjectUID", folder.projectId.toString(), "AssetUID", folder.id.toString(), "ParentUID",
                        parent.id.toString(), "Name", folder.name));
        return folder;
    }

    /** Renames and/or moves an asset; one {@code asset.edited} event per attribute that changed. */
    @Transactional
    public Asset update(Principal principal, UUID assetId, Change change) {
        String name = change.name() == null ? null : validName(change.name(), false);
        Locked locked = lockForChange(principal, assetId);
        Asset asset = locked.asset();
        if (asset.isRoot() && (name != null || change.parentId() != null)) {
            throw ValidationException.of("id", "The root folder of a project cannot be renamed or moved.");
        }
        if (change.parentId() != null && !change.parentId().equals(asset.parentId)) {
            Asset target = moveTarget(principal, asset, change.parentId());
            tree.move(asset, target.id);
            events.record("asset.edited", locked.subject(asset, principal), EventLog.data("AssetUID",
                    asset.id.toString(), "Attribute", "Parent", "Value", target.id.toString()));
        }
        if (name != null && !Objects.equals(name, asset.name)) {
            asset.name = name;
            asset.updatedAt = Times.now();
            events.record("asset.edited", locked.subject(asset, principal),
                    EventLog.data("AssetUID", asset.id.toString(), "Attribute", "Name", "Value", name));
        }
        return asset;
    }

    /**
     * Adds a file as the newest version of a file or version stack (Frame.io's {@code POST /assets/{id}/version}). On a
     * lone file a version stack is made in the file's place, holding the file as version 1 and the next asset as
     * version 2; on a stack, or on a version inside one, the next asset is appended. Answers the stack.
     */
    @Transactional
    public Asset addVersion(Principal principal, UUID targetId, UUID nextId) {
        Locked locked = lockForChange(principal, targetId);
        Asset target = locked.asset();
        UUID nextProject = visibleProjectOf(principal, nextId);
        if (targetId.equals(nextId)) {
            throw ValidationException.of("next_asset_id", "An asset cannot be a version of itself.");
        }
        if (target.type == AssetType.folder) {
            throw ValidationException.of("id", "Versions can only be added to a file or a version stack.");
        }
        if (!nextProject.equals(target.projectId)) {
            throw ValidationException.of("next_asset_id", "The next version must be in the same project.");
        }
        Asset next = entityManager.find(Asset.class, nextId);
        if (next.type != AssetType.file) {
            throw ValidationException.of("next_asset_id", "Only a file can become a version.");
        }
        Asset nextParent = entityManager.find(Asset.class, next.parentId);
        if (nextParent.type == AssetType.version_stack) {
            throw ValidationException.of("next_asset_id", "The next asset is already a version in a version stack.");
        }
        Asset stack = versionStacks.stackOf(target, principal.userId());
        versionStacks.addVersion(stack, next);
        events.record("asset.edited", locked.subject(next, principal), EventLog.data("AssetUID", next.id.toString(),
                "Attribute", "VersionStack", "Value", stack.id.toString(), "Version", next.versionNumber));
        return stack;
    }

    /** Soft-deletes an asset and everything below it. */
    @Transactional
    public Asset delete(Principal principal, UUID assetId) {
        Locked locked = lockForChange(principal, assetId);
        Asset asset = locked.asset();
        if (asset.isRoot()) {
            throw ValidationException.of("id", "The root folder of a project cannot be deleted.");
        }
        tree.delete(asset);
        events.record("asset.deleted", locked.subject(asset, principal), EventLog.data("ProjectUID",
                asset.projectId.toString(), "AssetUID", asset.id.toString(), "Name", asset.name));
        return asset;
    }

    /** A folder of the same project to move into; never the asset itself or anything below it. */
    private Asset moveTarget(Principal principal, Asset asset, UUID targetId) {
        UUID targetProject = visibleProjectOf(principal, targetId);
        if (!targetProject.equals(asset.projectId)) {
            throw ValidationException.of("parent_id", "An asset can only be moved within its project.");
        }
        // the project row is locked, so the tree cannot change under these checks
        Asset target = Asset.findById(targetId);
        if (target.type != AssetType.folder) {
            throw ValidationException.of("parent_id", "The new parent must be a folder.");
        }
        if (tree.isSelfOrDescendant(asset, target)) {
            throw ValidationException.of("parent_id",
                    "A folder cannot be moved into itself or into a folder below it.");
        }
        return target;
    }

    /**
     * Locks the project of a visible asset for a change to its tree, then loads the asset. Every change to a project's
     * tree takes this lock first, so changes never interleave: two crossing moves cannot make a cycle, and nothing is
     * added under a folder being deleted.
     */
    private Locked lockForChange(Principal principal, UUID assetId) {
        VisibleAssets.Found found = visibleAssets.require(principal, assetId);
        UUID projectId = found.asset().projectId;
        projectLocks.lockMutable(projectId, NOT_MUTABLE);
        Asset asset = entityManager.find(Asset.class, assetId);
        if (asset.deletedAt != null) {
            throw new NotFoundException(NOT_FOUND);
        }
        return new Locked(projectId, found.accountId(), asset);
    }

    /** An asset to change, with its project locked. */
    private record Locked(UUID projectId, UUID accountId, Asset asset) {

        EventLog.Subject subject(Asset changed, Principal principal) {
            return new EventLog.Subject(accountId, projectId, changed.id, principal.userId());
        }
    }

    /**
     * For a transaction that only reads: entities load without snapshots and nothing is flushed at commit (on a page of
     * children the flush alone cost about a tenth of the request).
     */
    private void readOnly() {
        Session session = entityManager.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }

    private Asset visible(Principal principal, UUID assetId) {
        return visibleAssets.require(principal, assetId).asset();
    }

    /** The project of a live asset the caller sees, or 404. */
    private UUID visibleProjectOf(Principal principal, UUID assetId) {
        return visible(principal, assetId).projectId;
    }

    private static String validName(String name, boolean required) {
        Validator validator = new Validator();
        if (required || name != null) {
            validator.required("name", name);
        }
        validator.maxLength("name", name, MAX_NAME_LENGTH);
        if (name != null && name.chars().anyMatch(Character::isISOControl)) {
            validator.add("name", "'name' must not contain control characters.");
        }
        validator.throwIfInvalid();
        return name.trim();
    }
}
