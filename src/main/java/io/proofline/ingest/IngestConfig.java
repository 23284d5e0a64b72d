package io.proofline.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "proofline.ingest")
public interface IngestConfig {

    /** Imports of a file from an HTTP(S) URL ({@code url[file_url]} on the ingest face). */
    UrlImport urlImport();

    interface UrlImport {

        /**
         * Host names (exact, case-insensitive) that may be imported from although they resolve to addresses that are
         * otherwise refused (loopback, private, link-local, …), e.g. an internal media server.
         */
        Optional<List<String>> allowedHosts();

        /** Networks in CIDR notation (10.1.0.0/16, fd00::/8, 127.0.0.2/32) whose addresses may be imported from. */
        Optional<List<String>> allowedNetworks();

        /** How long connecting to the server may take. */
        @WithDefault("10s")
        Duration connectTimeout();

        /** How long the server may stay silent (waiting for the response, or between two reads). */
        @WithDefault("60s")
        Duration readTimeout();

        /** How long a whole download may take, redirects included. */
        @WithDefault("30m")
        Duration timeout();

        /** The largest file an import may bring; proofline.media.max-upload-size when not set. */
        Optional<MemorySize> maxSize();

        /** Redirects followed at most (each one checked like the first URL). */
        @WithDefault("5")
        int maxRedirects();
    }
}
