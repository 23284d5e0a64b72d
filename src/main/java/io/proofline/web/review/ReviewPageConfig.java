package io.proofline.web.review;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "proofline.review-page")
public interface ReviewPageConfig {

    /** How long a reviewer's session (password passed, name and email given) lasts before the gate asks again. */
    @WithDefault("12h")
    Duration sessionLifetime();

    /** How long a download link handed out by the review page stays valid; it is made at the click. */
    @WithDefault("5m")
    Duration downloadLinkLifetime();
}
