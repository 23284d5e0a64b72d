package io.proofline.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Expiring links the server hands out and later serves without a login (upload parts, originals, thumbnails): the path
 * and the expiry are signed with HMAC-SHA256. The key is derived from the token signing key, so every replica that
 * verifies tokens also verifies these links and no second secret has to be shared.
 */
@ApplicationScoped
public class SignedUrls {

    public static final String EXPIRES = "expires";
    public static final String SIGNATURE = "signature";

    @Inject
    ServerSecret secret;

    @Inject
    ServerSettings settings;

    Clock clock = Clock.systemUTC();

    private byte[] key;

    @PostConstruct
    void init() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("proofline signed urls v1".getBytes(StandardCharsets.US_ASCII));
            useKey(sha.digest(secret.material()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    void useKey(byte[] key) {
        this.key = key.clone();
    }

    /** An absolute URL for {@code path} (starting with a slash, without query) valid for {@code ttl}. */
    public String sign(String path, Duration ttl) {
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return settings.publicUrl() + path + "?" + EXPIRES + "=" + expires + "&" + SIGNATURE + "="
                + signature(path, expires);
    }

    /** Whether the pair was made by {@link #sign} for this path and has not expired; compares in constant time. */
    public boolean verify(String path, String expires, String signature) {
        if (expires == null || signature == null) {
            return false;
        }
        long at;
        try {
            at = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Instant.ofEpochSecond(at).isBefore(clock.instant())) {
            return false;
        }
        return MessageDigest.isEqual(signature(path, at).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String path, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] out = mac.doFinal((path + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
