package io.proofline.job;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "proofline.jobs")
public interface JobConfig {

    /** How long a claimed job stays locked to its runner before another may take it over. */
    @WithDefault("5m")
    Duration lease();

    /** Attempts before a job is marked failed for good. */
    @WithDefault("8")
    int maxAttempts();

    /** Delay before the first retry; doubles with every further attempt. */
    @WithDefault("2s")
    Duration firstRetryDelay();

    /** How often each replica looks for due jobs. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Whether this replica runs background jobs at all. */
    @WithDefault("true")
    boolean enabled();
}
