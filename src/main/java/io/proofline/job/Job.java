package io.proofline.job;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.proofline.system.BaseEntity;

/** A unit of durable background work. */
@Entity
@Table(name = "job")
public class Job extends BaseEntity {

    public static final String PENDING = "PENDING";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    @Column(name = "job_type")
    public String type;

    public String payload;

    public String status;

    public int attempts;

    @Column(name = "max_attempts")
    public int maxAttempts;

    @Column(name = "run_at")
    public Instant runAt;

    @Column(name = "locked_by")
    public String lockedBy;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
