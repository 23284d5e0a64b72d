package io.proofline.tenancy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A tenant: the workflow seed's Company / client ({@code clientUID}), Frame.io's Account. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "owner_id")
    public UUID ownerId;

    public String image;

    @Column(name = "created_at")
    public Instant createdAt;
}
