package io.proofline.media;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "proofline.media")
public interface MediaConfig {

    /** The largest file one upload may carry (also keep quarkus.http.limits.max-body-size at least this big). */
    @WithDefault("2G")
    MemorySize maxUploadSize();
}
