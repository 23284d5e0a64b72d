package io.proofline.tenancy;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.proofline.system.BaseEntity;

/** A group of people in an account that owns projects. Every account has at least one. */
@Entity
@Table(name = "team")
public class Team extends BaseEntity {

    @Column(name = "account_id")
    public UUID accountId;

    public String name;

    @Column(name = "team_image")
    public String teamImage;
}
