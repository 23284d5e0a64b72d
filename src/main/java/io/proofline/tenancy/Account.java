package io.proofline.tenancy;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.proofline.system.BaseEntity;

/** A tenant: the workflow seed's Company / client ({@code clientUID}), Frame.io's Account. */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

    public String name;

    @Column(name = "owner_id")
    public UUID ownerId;

    public String image;
}
