package io.proofline.job;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** No background runner: the queue tests claim and run jobs themselves, step by step. */
public class JobsStopped implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("proofline.jobs.enabled", "false");
    }
}
