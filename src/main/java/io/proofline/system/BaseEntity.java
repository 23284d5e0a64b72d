package io.proofline.system;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every entity with its own id has: a UUID id (the same id on every face) and the instant it was created. The id
 * is set by the code that creates the row, not by the database, so that an event can name it in the same transaction.
 */
@MappedSuperclass
public abstract class BaseEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "created_at")
    public Instant createdAt;
}
