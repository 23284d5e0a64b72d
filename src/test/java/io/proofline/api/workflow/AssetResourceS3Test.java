package io.proofline.api.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.proofline.storage.S3BlobStore;
import io.proofline.support.S3Storage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every upload and download test of {@link AssetResourceTest}, with the S3 blob store on a real S3Proxy process. */
@QuarkusTest
@TestProfile(S3Storage.class)
class AssetResourceS3Test extends AssetResourceTest {

    @Test
    void this_run_stores_blobs_in_s3() {
        assertThat(blobs).isInstanceOf(S3BlobStore.class);
    }
}
