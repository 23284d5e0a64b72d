package io.proofline.tenancy;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "proofline.admin")
public interface AdminConfig {

    /** Email of the administrator created on first start (PROOFLINE_ADMIN_EMAIL). */
    Optional<String> email();

    /** Password of that administrator (PROOFLINE_ADMIN_PASSWORD); generated and logged once when unset. */
    Optional<String> password();
}
