package io.proofline.auth;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Login tokens that live five seconds, to watch one expire. */
public class ShortTokens implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("proofline.auth.token-lifetime", "5s");
    }
}
