package io.proofline.support;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs a test class with the S3 blob store, its archive bucket and the import bucket, on a real S3Proxy process. */
public class S3Storage implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(S3ProxyResource.class));
    }
}
