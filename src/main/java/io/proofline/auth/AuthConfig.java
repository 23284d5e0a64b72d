package io.proofline.auth;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "proofline.auth")
public interface AuthConfig {

    /** How long a login token stays valid. */
    @WithDefault("120m")
    Duration tokenLifetime();

    /**
     * The RSA private key (PKCS#8 PEM text) that signs tokens. When unset, one is generated on first start and kept in
     * the data directory; set it (from a Secret) when replicas do not share a disk.
     */
    Optional<String> jwtPrivateKey();

    /** Issuer written into and required of every token. */
    @WithDefault("https://proofline.io")
    String issuer();

    /** Failed logins for one username or address before further attempts get 429. */
    @WithDefault("5")
    int maxFailedLogins();

    /** Failed logins from one address (over all usernames) before further attempts get 429. */
    @WithDefault("20")
    int maxFailedLoginsPerAddress();

    /** The window in which failed logins are counted, and how long a blocked login waits. */
    @WithDefault("15m")
    Duration failedLoginWindow();
}
