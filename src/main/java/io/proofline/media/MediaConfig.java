package io.proofline.media;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "proofline.media")
public interface MediaConfig {

    /** The largest file one upload may carry (also keep quarkus.http.limits.max-body-size at least this big). */
    @WithDefault("2G")
    MemorySize maxUploadSize();

    /**
     * The largest part of a placeholder upload: a file is cut into ceil(size / this) parts (at most 10,000; with an S3
     * store at least 5 MiB each). Keep it below quarkus.http.limits.max-body-size.
     */
    @WithDefault("25M")
    MemorySize uploadPartSize();

    /** How long the upload_urls of a placeholder file stay valid. */
    @WithDefault("24H")
    Duration uploadUrlTtl();

    /** How long a signed download link (a file's {@code original}) stays valid. */
    @WithDefault("12H")
    Duration downloadUrlTtl();

    /** How often a replica looks for placeholder uploads sent straight to the store that have all their parts. */
    @WithDefault("30s")
    Duration uploadCheckInterval();
}
