package io.proofline.ingest;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The ingest face under test: an import bucket over a local directory, URL imports allowed from 127.0.0.2 only (where
 * {@link ImportServers} listen; 127.0.0.1 and every other internal address stay refused), short timeouts and a small
 * size limit so that the bad paths are quick to reach.
 */
public class IngestTestProfile implements QuarkusTestProfile {

    public static final int MAX_SIZE = 64 * 1024;

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(DirectoryImportBucket.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("proofline.ingest.url-import.allowed-networks", ImportServers.ALLOWED_ADDRESS + "/32",
                "proofline.ingest.url-import.connect-timeout", "2s", "proofline.ingest.url-import.read-timeout", "2s",
                "proofline.ingest.url-import.timeout", "5s", "proofline.ingest.url-import.max-size",
                String.valueOf(MAX_SIZE));
    }
}
