package io.proofline.asset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.proofline.system.Times;

/**
 * Keeps the tree's order: every live child holds a dense position under its parent (overall and per type) and the
 * parent holds the counts. Adding appends under a row lock on the parent; removing closes the gap. Reading page N is
 * then a range scan on an index, as cheap at page 900 as at page 1, and the total comes from the parent row instead of
 * a COUNT.
 */
@ApplicationScoped
public class AssetTree {

    @Inject
    EntityManager entityManager;

    /** Creates the root folder of a new project. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Asset createRoot(UUID projectId, UUID creatorId) {
        Asset root = newAsset(projectId, AssetType.folder, "root", creatorId);
        root.persist();
        return root;
    }

    /** Builds an unsaved asset; {@link #append} saves and places it. */
    public Asset newAsset(UUID projectId, AssetType type, String name, UUID creatorId) {
        Asset asset = new Asset();
        asset.id = UUID.randomUUID();
        asset.projectId = projectId;
        asset.type = type;
        asset.name = name;
        asset.createdBy = creatorId;
        asset.createdAt = Times.now();
        asset.updatedAt = asset.createdAt;
        return asset;
    }

    /** Places a child last under its parent, saving it if new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Asset child, UUID parentId) {
        Asset parent = lock(parentId);
        place(child, parent);
        if (!entityManager.contains(child)) {
            child.persist();
        }
    }

    /** Moves a live child under another parent, last. Locks both parents in id order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Asset child, UUID newParentId) {
        if (newParentId.equals(child.parentId)) {
            return;
        }
        UUID first = child.parentId.compareTo(newParentId) < 0 ? child.parentId : newParentId;
        UUID second = first.equals(child.parentId) ? newParentId : child.parentId;
        lock(first);
        lock(second);
        closeGap(child, lock(child.parentId));
        place(child, lock(newParentId));
    }

    /**
     * Puts a new asset in the place of a live child: the replacement takes the child's position among all children (and
     * its place among those of its own type), and the child is then appended under the replacement. This is how a file
     * becomes the first version of a version stack that stands where the file stood.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceWith(Asset child, Asset replacement) {
        Asset parent = lock(child.parentId);
        // flush first: the bulk updates below must see this transaction's earlier changes
        entityManager.flush();
        entityManager
                .createQuery("update Asset a set a.positionTyped = a.positionTyped - 1"
                        + " where a.parentId = :parent and a.type = :type and a.positionTyped > :position")
                .setParameter("parent", parent.id).setParameter("type", child.type)
                .setParameter("position", child.positionTyped).executeUpdate();
        long typedPosition = 1 + entityManager
                .createQuery("select count(a) from Asset a where a.parentId = :parent and a.type = :type"
                        + " and a.positionAll < :position", Long.class)
                .setParameter("parent", parent.id).setParameter("type", replacement.type)
                .setParameter("position", child.positionAll).getSingleResult();
        entityManager
                .createQuery("update Asset a set a.positionTyped = a.positionTyped + 1"
                        + " where a.parentId = :parent and a.type = :type and a.positionTyped >= :position")
                .setParameter("parent", parent.id).setParameter("type", replacement.type)
                .setParameter("position", typedPosition).executeUpdate();
        parent.addToCount(child.type, -1);
        parent.addToCount(replacement.type, 1);
        replacement.parentId = parent.id;
        replacement.positionAll = child.positionAll;
        replacement.positionTyped = typedPosition;
        replacement.updatedAt = Times.now();
        replacement.persist();
        place(child, replacement);
    }

    /** Soft-deletes a child and everything under it, and closes its gap under the parent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(Asset child) {
        closeGap(child, lock(child.parentId));
        var now = Times.now();
        child.deletedAt = now;
        child.updatedAt = now;
        List<UUID> level = List.of(child.id);
        Set<UUID> seen = new HashSet<>(level);
        while (!level.isEmpty()) {
            List<UUID> next = new ArrayList<>();
            for (List<UUID> chunk : chunks(level)) {
                entityManager
                        .createQuery("update Asset a set a.deletedAt = :now, a.updatedAt = :now"
                                + " where a.parentId in :parents and a.deletedAt is null")
                        .setParameter("now", now).setParameter("parents", chunk).executeUpdate();
                next.addAll(
                        entityManager.createQuery("select a.id from Asset a where a.parentId in :parents", UUID.class)
                                .setParameter("parents", chunk).getResultList());
            }
            next.removeIf(id -> !seen.add(id));
            level = next;
        }
    }

    /**
     * One page of live children in tree order (1-based page), of one type or of all (type null). Page N reads positions
     * ((N-1)*size, N*size] through the index. The children are detached copies, read as plain columns: a page never
     * fills the persistence context (building managed entities was a third of the request), so changing them changes
     * nothing.
     */
    public List<Asset> children(Asset parent, AssetType type, int page, int pageSize) {
        long from = (long) (page - 1) * pageSize + 1;
        long to = (long) page * pageSize;
        String direction = "";
        if (parent.type == AssetType.version_stack) {
            // the versions of a stack read newest (last placed) first
            long total = parent.childCount(type);
            long newestFirstFrom = total - to + 1;
            to = total - from + 1;
            from = newestFirstFrom;
            direction = " desc";
        }
        String positionField = type == null ? "positionAll" : "positionTyped";
        String typeCondition = type == null ? "" : " and a.type = :type";
        var query = entityManager
                .createQuery(
                        "select " + COLUMNS + " from Asset a where a.parentId = :parent" + typeCondition + " and a."
                                + positionField + " between :from and :to order by a." + positionField + direction,
                        Object[].class)
                .setParameter("parent", parent.id).setParameter("from", from).setParameter("to", to);
        if (type != null) {
            query.setParameter("type", type);
        }
        return query.getResultList().stream().map(AssetTree::detached).toList();
    }

    private static final String COLUMNS = "a.id, a.projectId, a.parentId, a.type, a.name, a.positionAll,"
            + " a.positionTyped, a.countAll, a.countFolder, a.countFile, a.countVersionStack, a.createdBy,"
            + " a.createdAt, a.updatedAt, a.deletedAt, a.fileSize, a.contentType, a.md5, a.xxHash,"
            + " a.uploadCompletedAt, a.blobKey, a.processingStatus, a.versionNumber";

    private static Asset detached(Object[] row) {
        Asset asset = new Asset();
        asset.id = (UUID) row[0];
        asset.projectId = (UUID) row[1];
        asset.parentId = (UUID) row[2];
        asset.type = (AssetType) row[3];
        asset.name = (String) row[4];
        asset.positionAll = (Long) row[5];
        asset.positionTyped = (Long) row[6];
        asset.countAll = (Long) row[7];
        asset.countFolder = (Long) row[8];
        asset.countFile = (Long) row[9];
        asset.countVersionStack = (Long) row[10];
        asset.createdBy = (UUID) row[11];
        asset.createdAt = (Instant) row[12];
        asset.updatedAt = (Instant) row[13];
        asset.deletedAt = (Instant) row[14];
        asset.fileSize = (Long) row[15];
        asset.contentType = (String) row[16];
        asset.md5 = (String) row[17];
        asset.xxHash = (String) row[18];
        asset.uploadCompletedAt = (Instant) row[19];
        asset.blobKey = (String) row[20];
        asset.processingStatus = (ProcessingStatus) row[21];
        asset.versionNumber = (Integer) row[22];
        return asset;
    }

    /** Whether {@code candidate} is {@code asset} itself or lies somewhere below it. */
    public boolean isSelfOrDescendant(Asset asset, Asset candidate) {
        UUID current = candidate.id;
        int guard = 0;
        while (current != null && guard++ < 10_000) {
            if (current.equals(asset.id)) {
                return true;
            }
            // the root's parent is null, which a stream cannot hold: read the list
            List<UUID> parents = entityManager
                    .createQuery("select a.parentId from Asset a where a.id = :id", UUID.class)
                    .setParameter("id", current).getResultList();
            current = parents.isEmpty() ? null : parents.get(0);
        }
        return false;
    }

    private Asset lock(UUID id) {
        Asset asset = entityManager.find(Asset.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (asset == null) {
            throw new IllegalStateException("Parent asset " + id + " does not exist");
        }
        return asset;
    }

    private void place(Asset child, Asset parent) {
        parent.addToCount(child.type, 1);
        child.parentId = parent.id;
        child.positionAll = parent.countAll;
        child.positionTyped = parent.childCount(child.type);
        child.updatedAt = Times.now();
    }

    private void closeGap(Asset child, Asset parent) {
        if (child.positionAll == null) {
            return;
        }
        // flush first: the bulk updates below must see this transaction's earlier changes
        entityManager.flush();
        entityManager
                .createQuery("update Asset a set a.positionAll = a.positionAll - 1"
                        + " where a.parentId = :parent and a.positionAll > :position")
                .setParameter("parent", parent.id).setParameter("position", child.positionAll).executeUpdate();
        entityManager
                .createQuery("update Asset a set a.positionTyped = a.positionTyped - 1"
                        + " where a.parentId = :parent and a.type = :type and a.positionTyped > :position")
                .setParameter("parent", parent.id).setParameter("type", child.type)
                .setParameter("position", child.positionTyped).executeUpdate();
        parent.addToCount(child.type, -1);
        child.positionAll = null;
        child.positionTyped = null;
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }
}
