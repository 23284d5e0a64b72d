package io.proofline.auth;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.proofline.system.BaseEntity;

/** A long-lived credential of one user. Only its SHA-256 is stored; the key is shown once. */
@Entity
@Table(name = "api_key")
public class ApiKey extends BaseEntity {

    @Column(name = "user_id")
    public UUID userId;

    public String name;

    /** The first characters of the key, so a person can tell keys apart in a list. */
    @Column(name = "key_prefix")
    public String prefix;

    @Column(name = "key_hash")
    public String hash;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
