package io.proofline.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.storage.S3BlobArchive;
import io.proofline.storage.S3BlobStore;
import io.proofline.support.S3ProxyResource;
import io.proofline.support.S3Storage;
import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import software.amazon.awssdk.services.s3.S3Client;

/** The archive tests of {@link ProjectTransitJobTest} with the S3 store: originals move to a separate bucket. */
@QuarkusTest
@TestProfile(S3Storage.class)
class ProjectTransitJobS3Test extends ProjectTransitJobTest {

    @Inject
    S3Client s3;

    @Test
    void archived_originals_are_objects_in_the_archive_bucket() throws Exception {
        assertThat(archive).isInstanceOf(S3BlobArchive.class);
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Archive bucket");
        String asset = upload(tenant, id, null, "a.png", bytes(2048, 9));
        awaitProcessed(tenant, asset);
        tenant.changeState(id, "Completed");
        tenant.changeState(id, "Archived");
        awaitState(tenant, id, "Archived");
        assertThat(s3.headObject(r -> r.bucket(S3ProxyResource.ARCHIVE_BUCKET).key("blobs/archive/" + original(asset)))
                .contentLength()).isEqualTo(2048);
        assertThat(archive.archived("assets/" + UUID.randomUUID() + "/original")).isFalse();
    }

    @Test
    void an_archive_with_a_storage_class_copies_into_it_and_back() throws Exception {
        S3BlobStore store = (S3BlobStore) blobs;
        S3BlobArchive cold = new S3BlobArchive(s3, store, S3ProxyResource.ARCHIVE_BUCKET, "infrequent/", "STANDARD_IA",
                7, "Standard");
        String key = "assets/" + UUID.randomUUID() + "/original";
        store.put(key, new ByteArrayInputStream(new byte[] { 1, 2, 3 }));
        cold.archive(key);
        assertThat(store.exists(key)).isFalse();
        assertThat(
                s3.headObject(r -> r.bucket(S3ProxyResource.ARCHIVE_BUCKET).key("infrequent/" + key)).contentLength())
                        .isEqualTo(3);
        assertThat(cold.restore(key)).isTrue();
        assertThat(cold.archived(key)).isFalse();
        try (var in = store.open(key)) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
    }
}
