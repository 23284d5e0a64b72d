package io.proofline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.proofline.system.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(JobsStopped.class)
class JobRunnerTest {

    @Inject
    JobQueue queue;

    @Inject
    JobRunner runner;

    @Inject
    CountingJobHandler counting;

    @Inject
    FailingJobHandler failing;

    @BeforeEach
    void nothing_else_is_due() {
        runner.runDue();
    }

    @Test
    void due_jobs_run_once_each_and_are_done() {
        String first = payload();
        String second = payload();
        UUID a = enqueue(CountingJobHandler.TYPE, first);
        UUID b = enqueue(CountingJobHandler.TYPE, second);
        assertThat(runner.runDue()).isEqualTo(2);
        assertThat(runner.runDue()).isZero();
        assertThat(counting.runs(first)).isEqualTo(1);
        assertThat(counting.runs(second)).isEqualTo(1);
        assertThat(JobQueueTest.job(a).status).isEqualTo(Job.DONE);
        assertThat(JobQueueTest.job(b).lockedUntil).isNull();
    }

    @Test
    void a_job_whose_runner_died_is_picked_up_again_and_finishes_exactly_once() {
        String payload = payload();
        UUID id = enqueue(CountingJobHandler.TYPE, payload);
        // a runner claims it and dies without a word: the job stays RUNNING under its lease
        Job dead = queue.claimNext().orElseThrow();
        assertThat(runner.runDue()).isZero();
        JobQueueTest.update(id, "lockedUntil = ?1", Times.now().minusSeconds(1));

        assertThat(runner.runDue()).isEqualTo(1);
        Job done = JobQueueTest.job(id);
        assertThat(done.status).isEqualTo(Job.DONE);
        assertThat(done.attempts).isEqualTo(2);
        assertThat(counting.runs(payload)).isEqualTo(1);

        // the dead runner wakes up and reports: nothing changes, nothing runs again
        queue.markFailed(dead, "woke up late");
        assertThat(runner.runDue()).isZero();
        assertThat(JobQueueTest.job(id).status).isEqualTo(Job.DONE);
        assertThat(counting.runs(payload)).isEqualTo(1);
    }

    @Test
    void a_failing_job_retries_with_backoff_and_ends_failed_after_its_last_attempt() {
        String payload = payload();
        UUID id = enqueue(FailingJobHandler.TYPE, payload);
        JobQueueTest.update(id, "maxAttempts = ?1", 3);
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(runner.runDue()).isEqualTo(1);
            assertThat(failing.runs(payload)).isEqualTo(attempt);
            assertThat(runner.runDue()).as("waits for its backoff").isZero();
            JobQueueTest.update(id, "runAt = ?1", Times.now().minusSeconds(1));
        }
        Job failed = JobQueueTest.job(id);
        assertThat(failed.status).isEqualTo(Job.FAILED);
        assertThat(failed.lastError).isEqualTo("storage unreachable for " + payload);
        assertThat(failing.givenUp(payload)).isEqualTo(1);
        assertThat(runner.runDue()).isZero();
        assertThat(failing.runs(payload)).isEqualTo(3);
    }

    @Test
    void a_job_whose_runners_keep_dying_ends_failed() {
        String payload = payload();
        UUID id = enqueue(FailingJobHandler.TYPE, payload);
        JobQueueTest.update(id, "maxAttempts = ?1", 1);
        queue.claimNext().orElseThrow();
        JobQueueTest.update(id, "lockedUntil = ?1", Times.now().minusSeconds(1));
        assertThat(runner.runDue()).isEqualTo(1);
        Job failed = JobQueueTest.job(id);
        assertThat(failed.status).isEqualTo(Job.FAILED);
        assertThat(failed.lastError).contains("lease expired");
        assertThat(failing.runs(payload)).isZero();
        assertThat(failing.givenUp(payload)).isEqualTo(1);
    }

    @Test
    void a_job_nobody_handles_fails_with_a_reason() {
        UUID id = enqueue("test.unknown", payload());
        JobQueueTest.update(id, "maxAttempts = ?1", 1);
        runner.runDue();
        Job failed = JobQueueTest.job(id);
        assertThat(failed.status).isEqualTo(Job.FAILED);
        assertThat(failed.lastError).isEqualTo("No handler for job type test.unknown");
    }

    private UUID enqueue(String type, String payload) {
        return QuarkusTransaction.requiringNew().call(() -> queue.enqueue(type, payload).id);
    }

    private static String payload() {
        return "payload-" + UUID.randomUUID();
    }
}
