package io.proofline.review;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.proofline.system.BaseEntity;

/** One asset in a review link. */
@Entity
@Table(name = "review_link_item")
public class ReviewLinkItem extends BaseEntity {

    @Column(name = "review_link_id")
    public UUID reviewLinkId;

    @Column(name = "asset_id")
    public UUID assetId;

    public int position;
}
