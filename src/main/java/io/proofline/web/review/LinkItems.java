package io.proofline.web.review;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.proofline.asset.Asset;

/** The assets of one review link, from its items. */
final class LinkItems implements ReviewItems {

    private final EntityManager entityManager;
    private final UUID linkId;

    LinkItems(EntityManager entityManager, UUID linkId) {
        this.entityManager = entityManager;
        this.linkId = linkId;
    }

    @Override
    public List<Asset> page(int offset, int limit) {
        return entityManager
                .createQuery(
                        "select a from ReviewLinkItem i, Asset a where a.id = i.assetId"
                                + " and i.reviewLinkId = :link and a.deletedAt is null order by i.position",
                        Asset.class)
                .setParameter("link", linkId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return entityManager
                .createQuery("select count(i) from ReviewLinkItem i, Asset a where a.id = i.assetId"
                        + " and i.reviewLinkId = :link and a.deletedAt is null", Long.class)
                .setParameter("link", linkId).getSingleResult();
    }

    @Override
    public boolean holds(UUID assetId) {
        return entityManager.createQuery(
                "select count(i) from ReviewLinkItem i where i.reviewLinkId = :link and i.assetId = :asset", Long.class)
                .setParameter("link", linkId).setParameter("asset", assetId).getSingleResult() > 0;
    }
}
