package io.proofline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.proofline.system.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(JobsStopped.class)
class JobQueueTest {

    @Inject
    JobQueue queue;

    @Inject
    JobRunner runner;

    @Inject
    JobConfig config;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void nothing_else_is_due() {
        runner.runDue();
    }

    @Test
    void a_job_is_enqueued_only_inside_the_callers_transaction() {
        assertThatThrownBy(() -> queue.enqueue(CountingJobHandler.TYPE, "no transaction"))
                .isInstanceOf(TransactionalException.class);
        UUID[] id = new UUID[1];
        QuarkusTransaction.begin();
        id[0] = queue.enqueue(CountingJobHandler.TYPE, "rolled back").id;
        QuarkusTransaction.rollback();
        assertThat(job(id[0])).isNull();
    }

    @Test
    void a_claimed_job_is_leased_to_one_runner() {
        Job job = enqueue(CountingJobHandler.TYPE, "lease");
        Job claimed = queue.claimNext().orElseThrow();
        assertThat(claimed.id).isEqualTo(job.id);
        Job stored = job(job.id);
        assertThat(stored.status).isEqualTo(Job.RUNNING);
        assertThat(stored.attempts).isEqualTo(1);
        assertThat(stored.lockedBy).isEqualTo(JobQueue.RUNNER);
        assertThat(Duration.between(Times.now(), stored.lockedUntil)).isBetween(config.lease().minusSeconds(10),
                config.lease());
        assertThat(queue.claimNext()).isEmpty();
    }

    @Test
    void a_job_is_not_claimed_before_it_is_due() {
        Job job = enqueue(CountingJobHandler.TYPE, "later");
        update(job.id, "runAt = ?1", Times.now().plusSeconds(60));
        assertThat(queue.claimNext()).isEmpty();
        update(job.id, "runAt = ?1", Times.now().minusSeconds(1));
        assertThat(queue.claimNext()).map(claimed -> claimed.id).contains(job.id);
    }

    @Test
    void a_job_whose_lease_expired_is_claimed_again_with_one_more_attempt() {
        Job job = enqueue(CountingJobHandler.TYPE, "expired");
        queue.claimNext().orElseThrow();
        assertThat(queue.claimNext()).isEmpty();
        update(job.id, "lockedUntil = ?1", Times.now().minusSeconds(1));
        Job again = queue.claimNext().orElseThrow();
        assertThat(again.id).isEqualTo(job.id);
        assertThat(again.attempts).isEqualTo(2);
    }

    @Test
    void a_late_report_from_a_runner_that_lost_its_lease_changes_nothing() {
        Job job = enqueue(CountingJobHandler.TYPE, "late");
        Job first = queue.claimNext().orElseThrow();
        update(job.id, "lockedUntil = ?1", Times.now().minusSeconds(1));
        Job second = queue.claimNext().orElseThrow();

        queue.markDone(first);
        assertThat(job(job.id).status).isEqualTo(Job.RUNNING);
        assertThat(queue.markFailed(first, "late failure")).isFalse();
        assertThat(job(job.id).status).isEqualTo(Job.RUNNING);

        queue.markDone(second);
        assertThat(job(job.id).status).isEqualTo(Job.DONE);
        assertThat(queue.markFailed(first, "even later")).isFalse();
        Job done = job(job.id);
        assertThat(done.status).isEqualTo(Job.DONE);
        assertThat(done.lastError).isNull();
        assertThat(queue.claimNext()).isEmpty();
    }

    @Test
    void a_failure_is_retried_with_doubling_delays_until_the_last_attempt() {
        Job job = enqueue(FailingJobHandler.TYPE, "backoff");
        update(job.id, "maxAttempts = ?1", 4);
        for (int attempt = 1; attempt <= 3; attempt++) {
            Job claim = queue.claimNext().orElseThrow();
            assertThat(claim.attempts).isEqualTo(attempt);
            assertThat(queue.markFailed(claim, "attempt " + attempt)).isFalse();
            Job stored = job(job.id);
            assertThat(stored.status).isEqualTo(Job.PENDING);
            assertThat(stored.lastError).isEqualTo("attempt " + attempt);
            assertThat(stored.lockedUntil).isNull();
            assertThat(Duration.between(stored.updatedAt, stored.runAt))
                    .isEqualTo(config.firstRetryDelay().multipliedBy(1L << (attempt - 1)));
            assertThat(queue.claimNext()).as("not due before its delay").isEmpty();
            update(job.id, "runAt = ?1", Times.now().minusSeconds(1));
        }
        Job last = queue.claimNext().orElseThrow();
        assertThat(queue.markFailed(last, "x".repeat(3000))).isTrue();
        Job failed = job(job.id);
        assertThat(failed.status).isEqualTo(Job.FAILED);
        assertThat(failed.attempts).isEqualTo(4);
        assertThat(failed.lastError).hasSize(2000);
        assertThat(queue.claimNext()).isEmpty();
    }

    @Test
    void a_row_locked_by_another_claimer_is_skipped_not_waited_for() throws Exception {
        Job locked = enqueue(CountingJobHandler.TYPE, "locked");
        update(locked.id, "runAt = ?1", Times.now().minusSeconds(60));
        Job free = enqueue(CountingJobHandler.TYPE, "free");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = other.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("SELECT id FROM job WHERE id = ?1 FOR UPDATE")
                        .setParameter(1, locked.id).getResultList();
                holding.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            Optional<Job> claimed = queue.claimNext();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(claimed).map(job -> job.id).contains(free.id);
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            other.shutdownNow();
        }
        assertThat(queue.claimNext()).map(job -> job.id).contains(locked.id);
    }

    @Test
    void two_concurrent_claimers_never_get_the_same_job() throws Exception {
        int count = 60;
        Set<UUID> mine = new HashSet<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                mine.add(queue.enqueue(CountingJobHandler.TYPE, "concurrent-" + i).id);
            }
        });
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger unclaimed = new AtomicInteger(count);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // on H2 a claimer racing the other may find nothing for a moment (see claimNext): keep asking
        Callable<List<Job>> claimer = () -> {
            start.await();
            List<Job> claimed = new ArrayList<>();
            while (unclaimed.get() > 0 && System.nanoTime() < deadline) {
                queue.claimNext().ifPresent(job -> {
                    claimed.add(job);
                    if (mine.contains(job.id)) {
                        unclaimed.decrementAndGet();
                    }
                });
            }
            return claimed;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Job>> first = pool.submit(claimer);
            Future<List<Job>> second = pool.submit(claimer);
            start.countDown();
            List<Job> a = first.get(120, TimeUnit.SECONDS);
            List<Job> b = second.get(120, TimeUnit.SECONDS);
            List<Job> all = new ArrayList<>(a);
            all.addAll(b);
            assertThat(all).extracting(job -> job.id).doesNotHaveDuplicates().containsAll(mine);
            assertThat(a).as("both claimers took part").isNotEmpty();
            assertThat(b).as("both claimers took part").isNotEmpty();
            all.forEach(queue::markDone);
        } finally {
            pool.shutdownNow();
        }
        for (UUID id : mine) {
            Job done = job(id);
            assertThat(done.attempts).isEqualTo(1);
            assertThat(done.status).isEqualTo(Job.DONE);
        }
    }

    private Job enqueue(String type, String payload) {
        return QuarkusTransaction.requiringNew().call(() -> queue.enqueue(type, payload + "-" + UUID.randomUUID()));
    }

    static Job job(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Job.<Job> findById(id));
    }

    static void update(UUID id, String assignment, Object value) {
        QuarkusTransaction.requiringNew().run(() -> Job.update(assignment + " where id = ?2", value, id));
    }
}
