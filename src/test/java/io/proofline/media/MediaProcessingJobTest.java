package io.proofline.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.proofline.asset.Asset;
import io.proofline.asset.ProcessingStatus;
import io.proofline.job.Job;
import io.proofline.job.JobQueue;
import io.proofline.job.JobRunner;
import io.proofline.job.JobsStopped;
import io.proofline.media.rendition.TestFiles;
import io.proofline.storage.BlobKeys;
import io.proofline.storage.BlobStore;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.proofline.support.Uploads;
import io.proofline.system.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Processing is a durable job: a runner that dies mid-job leaves it to another, and it finishes exactly once. */
@QuarkusTest
@TestProfile(JobsStopped.class)
class MediaProcessingJobTest {

    @Inject
    JobQueue queue;

    @Inject
    JobRunner runner;

    @Inject
    MediaService media;

    @Inject
    BlobStore blobs;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void nothing_else_is_due() {
        runner.runDue();
    }

    @Test
    void a_job_abandoned_mid_render_is_taken_over_and_finishes_exactly_once() throws Exception {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Restart");
        String assetId = Uploads.upload(tenant, projectId, "box.pdf", TestFiles.pdf(2, 595, 842));
        UUID id = UUID.fromString(assetId);

        // a runner claims the job, marks the asset Processing, writes half a thumbnail and dies
        Job dead = queue.claimNext().orElseThrow();
        assertThat(dead.payload).isEqualTo(assetId);
        QuarkusTransaction.requiringNew().run(() -> {
            Asset asset = entityManager.find(Asset.class, id);
            asset.processingStatus = ProcessingStatus.Processing;
        });
        blobs.put(BlobKeys.thumbnail(id), new ByteArrayInputStream("half a JPEG".getBytes(StandardCharsets.US_ASCII)));
        assertThat(runner.runDue()).as("the lease still holds").isZero();

        // its lease runs out: the next poll takes the job over
        expireLease(dead.id);
        assertThat(runner.runDue()).isEqualTo(1);
        Asset asset = Uploads.asset(assetId);
        assertThat(asset.processingStatus).isEqualTo(ProcessingStatus.Processed);
        assertThat(asset.pagesCount).isEqualTo(2);
        try (InputStream in = blobs.open(BlobKeys.thumbnail(id))) {
            BufferedImage thumbnail = ImageIO.read(in);
            assertThat(thumbnail.getHeight()).isEqualTo(512);
        }
        assertThat(job(dead.id).status).isEqualTo(Job.DONE);

        // the dead runner wakes up, finishes its work and reports: nothing is recorded twice
        media.process(id);
        queue.markDone(dead);
        queue.markFailed(dead, "woke up late");
        assertThat(runner.runDue()).isZero();
        assertThat(job(dead.id).status).isEqualTo(Job.DONE);
        assertThat(Db.events("asset.uploaded", assetId)).hasSize(1);
    }

    @Test
    void a_hostile_file_fails_at_once_without_retries() throws Exception {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("No retries");
        String assetId = Uploads.upload(tenant, projectId, "bomb.png", TestFiles.pngDeclaring(50_000, 50_000, 1));
        assertThat(runner.runDue()).isEqualTo(1);
        Asset asset = Uploads.asset(assetId);
        assertThat(asset.processingStatus).isEqualTo(ProcessingStatus.Failed);
        assertThat(asset.failureReason).contains("50000 × 50000");
        List<Job> jobs = QuarkusTransaction.requiringNew().call(() -> Job.<Job> list("payload = ?1", assetId));
        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.status).isEqualTo(Job.DONE);
            assertThat(job.attempts).isEqualTo(1);
        });
        assertThat(Db.events("asset.uploaded", assetId)).isEmpty();
    }

    private static void expireLease(UUID jobId) {
        QuarkusTransaction.requiringNew()
                .run(() -> Job.update("lockedUntil = ?1 where id = ?2", Times.now().minusSeconds(1), jobId));
    }

    private static Job job(UUID jobId) {
        return QuarkusTransaction.requiringNew().call(() -> Job.<Job> findById(jobId));
    }
}
