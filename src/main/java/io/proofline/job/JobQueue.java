package io.proofline.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.proofline.system.Times;

/**
 * The durable job queue. A job is claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED} and then leased to one runner;
 * a runner that dies leaves a lease that expires, and the job is taken up again. This keeps any number of replicas safe
 * without anything but the database.
 */
@ApplicationScoped
public class JobQueue {

    private static final Logger LOG = Logger.getLogger(JobQueue.class);

    /** Identifies this process in {@code locked_by}, for operators reading the table. */
    static final String RUNNER = "runner-" + UUID.randomUUID();

    @Inject
    EntityManager entityManager;

    @Inject
    JobConfig config;

    /** Adds a job in the caller's transaction, so it exists exactly when the change that needs it does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Job enqueue(String type, String payload) {
        Instant now = Times.now();
        Job job = new Job();
        job.id = UUID.randomUUID();
        job.type = type;
        job.payload = payload;
        job.status = Job.PENDING;
        job.maxAttempts = config.maxAttempts();
        job.runAt = now;
        job.createdAt = now;
        job.updatedAt = now;
        job.persist();
        return job;
    }

    /**
     * Takes the next due job (or one whose lease expired) and leases it to this runner. Two claimers never get the same
     * job, on PostgreSQL or H2. On H2 a claimer that races another can find nothing although more jobs are due: the row
     * it picked was claimed meanwhile and H2, unlike PostgreSQL, does not read on to the next one. Those jobs wait for
     * the next poll; the embedded H2 setup runs one runner at a time, so only parallel claims in tests see this.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Job> claimNext() {
        Instant now = Times.now();
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager
                .createNativeQuery("SELECT id FROM job WHERE (status = 'PENDING' AND run_at <= ?1)"
                        + " OR (status = 'RUNNING' AND locked_until < ?1)"
                        + " ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED", UUID.class)
                .setParameter(1, now).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Job job = Job.findById(ids.get(0));
        job.status = Job.RUNNING;
        job.attempts++;
        job.lockedBy = RUNNER;
        job.lockedUntil = now.plus(config.lease());
        job.updatedAt = now;
        return Optional.of(job);
    }

    /** The claimed run finished. Ignored when the claim is no longer current (see {@link #current}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markDone(Job claim) {
        current(claim).ifPresent(job -> {
            job.status = Job.DONE;
            job.lockedBy = null;
            job.lockedUntil = null;
            job.updatedAt = Times.now();
        });
    }

    /**
     * The claimed run failed: schedules a retry with exponential backoff, or gives up after the last attempt. Returns
     * true when the job has given up for good; ignored (false) when the claim is no longer current.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markFailed(Job claim, String reason) {
        Job job = current(claim).orElse(null);
        if (job == null) {
            return false;
        }
        Instant now = Times.now();
        job.lastError = reason == null ? null : reason.substring(0, Math.min(reason.length(), 2000));
        job.lockedBy = null;
        job.lockedUntil = null;
        job.updatedAt = now;
        if (job.attempts >= job.maxAttempts) {
            job.status = Job.FAILED;
            return true;
        }
        long factor = 1L << Math.min(job.attempts - 1, 16);
        Duration delay = config.firstRetryDelay().multipliedBy(factor);
        job.status = Job.PENDING;
        job.runAt = now.plus(delay);
        LOG.infof("Job %s (%s) failed, retry %d in %s: %s", job.id, job.type, job.attempts, delay, reason);
        return false;
    }

    /**
     * The job, locked, if this claim still holds it. A runner that outlived its lease has lost the job to a later claim
     * (which counted one more attempt); its late report must not undo that claim's work.
     */
    private Optional<Job> current(Job claim) {
        Job job = entityManager.find(Job.class, claim.id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || !Job.RUNNING.equals(job.status) || job.attempts != claim.attempts) {
            LOG.debugf("Job %s: ignoring the report of attempt %d, which lost its lease", claim.id, claim.attempts);
            return Optional.empty();
        }
        return Optional.of(job);
    }

    public Optional<Job> find(UUID jobId) {
        return Optional.ofNullable(Job.findById(jobId));
    }
}
