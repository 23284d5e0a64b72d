package io.proofline.tenancy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "proofline.account")
public interface FirstAccountConfig {

    /**
     * Name of the account (with one team of the same name) made for the administrator on a server without accounts
     * (PROOFLINE_ACCOUNT_NAME).
     */
    @WithDefault("Proofline")
    String name();
}
