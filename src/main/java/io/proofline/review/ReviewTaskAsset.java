package io.proofline.review;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One file asset (a version) in a review task, in the order the creator listed them. */
@Entity
@Table(name = "review_task_asset")
public class ReviewTaskAsset extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "asset_id")
    public UUID assetId;

    public int position;
}
