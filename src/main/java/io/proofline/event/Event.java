package io.proofline.event;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.proofline.system.BaseEntity;

/** One domain change, written in the transaction that made it: the audit trail and webhook source. */
@Entity
@Table(name = "event")
public class Event extends BaseEntity {

    /** Insertion order, assigned by the database. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "event_type")
    public String type;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "asset_id")
    public UUID assetId;

    @Column(name = "actor_id")
    public UUID actorId;

    /** The seed's "Data" block as JSON. */
    public String data;
}
