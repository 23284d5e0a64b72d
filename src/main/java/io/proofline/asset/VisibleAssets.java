package io.proofline.asset;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.proofline.system.NotFoundException;
import io.proofline.tenancy.Access;
import io.proofline.tenancy.Principal;

/**
 * The one finder of "an asset this principal may see": a live asset in a live project the principal sees (as
 * {@link Access} says), read with the project's check in one query. Unknown, deleted and other tenants' assets are the
 * same answer: none.
 */
@ApplicationScoped
public class VisibleAssets {

    private static final String VISIBLE = "from Asset a, Project p where p.id = a.projectId and a.deletedAt is null and "
            + Access.VISIBLE_PROJECT;

    @Inject
    EntityManager entityManager;

    /** A visible asset with the account its project belongs to. */
    public record Found(Asset asset, UUID accountId) {
    }

    @Transactional
    public Optional<Found> find(Principal principal, UUID assetId) {
        if (assetId == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("select a, p.accountId " + VISIBLE + " and a.id = :id", Object[].class)
                .setParameter("id", assetId).setParameter("uid", principal.userId()).getResultStream().findFirst()
                .map(row -> new Found((Asset) row[0], (UUID) row[1]));
    }

    /** A visible asset, or 404 "Asset not found.". */
    @Transactional
    public Found require(Principal principal, UUID assetId) {
        return find(principal, assetId).orElseThrow(() -> new NotFoundException(AssetService.NOT_FOUND));
    }

    /** The visible assets among these ids, by id, in one query; the others are missing from the map. */
    @Transactional
    public Map<UUID, Asset> findAll(Principal principal, Collection<UUID> assetIds) {
        Map<UUID, Asset> found = new HashMap<>();
        if (assetIds.isEmpty()) {
            return found;
        }
        entityManager.createQuery("select a " + VISIBLE + " and a.id in :ids", Asset.class)
                .setParameter("ids", assetIds).setParameter("uid", principal.userId()).getResultList()
                .forEach(asset -> found.put(asset.id, asset));
        return found;
    }
}
