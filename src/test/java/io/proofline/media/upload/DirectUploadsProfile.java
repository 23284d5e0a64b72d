package io.proofline.media.upload;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The blob store takes part uploads itself (as the S3 store does); open uploads are checked every second. */
public class DirectUploadsProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(DirectUploadStore.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("proofline.media.upload-check-interval", "1s");
    }
}
