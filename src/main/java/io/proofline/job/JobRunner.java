package io.proofline.job;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Runs due jobs on every replica; the queue's row locks keep two runners off the same job. */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    @Inject
    JobQueue queue;

    @Inject
    JobConfig config;

    private final Map<String, JobHandler> handlers = new HashMap<>();

    @Inject
    void collect(Instance<JobHandler> all) {
        for (JobHandler handler : all) {
            handlers.put(handler.type(), handler);
        }
    }

    @Scheduled(every = "${proofline.jobs.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (config.enabled()) {
            runDue();
        }
    }

    /** Runs jobs until none is due; returns how many ran. */
    public int runDue() {
        int ran = 0;
        Optional<Job> next;
        while ((next = queue.claimNext()).isPresent()) {
            run(next.get());
            ran++;
        }
        return ran;
    }

    private void run(Job job) {
        JobHandler handler = handlers.get(job.type);
        if (handler == null) {
            queue.markFailed(job, "No handler for job type " + job.type);
            return;
        }
        if (job.attempts > job.maxAttempts) {
            // claimed again after the last attempt's lease expired: its runners keep dying on it
            fail(job, handler, "The runner stopped during the last attempt (its lease expired).");
            return;
        }
        try {
            handler.run(job.payload);
            queue.markDone(job);
        } catch (Exception e) {
            LOG.debugf(e, "Job %s failed", job.id);
            fail(job, handler, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void fail(Job job, JobHandler handler, String reason) {
        if (queue.markFailed(job, reason)) {
            LOG.warnf("Job %s (%s) gave up after %d attempts: %s", job.id, job.type, job.attempts, reason);
            handler.giveUp(job.payload, reason);
        }
    }
}
