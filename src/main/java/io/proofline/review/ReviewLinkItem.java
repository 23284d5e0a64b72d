package io.proofline.review;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One asset in a review link. */
@Entity
@Table(name = "review_link_item")
public class ReviewLinkItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "review_link_id")
    public UUID reviewLinkId;

    @Column(name = "asset_id")
    public UUID assetId;

    public int position;

    @Column(name = "created_at")
    public Instant createdAt;
}
