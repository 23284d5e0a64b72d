package io.proofline.job;

/**
 * Does one type of background work. Handlers must be idempotent: a job whose runner died is run again once its lease
 * expires.
 */
public interface JobHandler {

    /** The job type this handler runs, e.g. "project.transit". */
    String type();

    /** Runs the job; throwing schedules a retry with backoff until the attempts run out. */
    void run(String payload) throws Exception;

    /** Called once when the job has failed for the last time. */
    default void giveUp(String payload, String reason) {
    }
}
