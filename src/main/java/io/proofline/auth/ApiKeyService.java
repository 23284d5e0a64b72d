package io.proofline.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.proofline.event.EventLog;
import io.proofline.system.NotFoundException;
import io.proofline.system.Times;
import io.proofline.system.Validator;
import io.proofline.tenancy.Principal;

/**
 * API keys: 256 random bits, shown once at creation, stored as SHA-256 (a key has enough entropy that a slow hash adds
 * nothing, and every request must check one quickly).
 */
@ApplicationScoped
public class ApiKeyService {

    static final String KEY_PREFIX = "pl_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EventLog events;

    public record CreatedKey(ApiKey key, String secret) {
    }

    @Transactional
    public CreatedKey create(Principal principal, String name) {
        String label = name == null || name.isBlank() ? "API key" : name.trim();
        new Validator().maxLength("name", label, 100).throwIfInvalid();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.userId = principal.userId();
        key.name = label;
        key.prefix = secret.substring(0, 10);
        key.hash = sha256(secret);
        key.createdAt = Times.now();
        key.persist();
        events.record("apikey.created", new EventLog.Subject(null, null, null, principal.userId()),
                EventLog.data("ApiKeyUID", key.id.toString(), "Name", key.name));
        return new CreatedKey(key, secret);
    }

    /** The caller's keys, newest first, revoked ones included (they show when they were revoked). */
    @Transactional
    public List<ApiKey> list(Principal principal) {
        return ApiKey.list("userId = ?1 order by createdAt desc, id", principal.userId());
    }

    @Transactional
    public ApiKey revoke(Principal principal, UUID keyId) {
        ApiKey key = ApiKey.<ApiKey> find("id = ?1 and userId = ?2", keyId, principal.userId()).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("API key not found."));
        if (key.revokedAt == null) {
            key.revokedAt = Times.now();
            events.record("apikey.revoked", new EventLog.Subject(null, null, null, principal.userId()),
                    EventLog.data("ApiKeyUID", key.id.toString()));
        }
        return key;
    }

    /** The user id behind a live key. Looked up by hash, so no secret is compared in variable time. */
    @Transactional
    public Optional<UUID> authenticate(String secret) {
        if (secret == null || !secret.startsWith(KEY_PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiKey> found = ApiKey.<ApiKey> find("hash = ?1 and revokedAt is null", sha256(secret))
                .firstResultOptional();
        found.ifPresent(key -> {
            Instant now = Times.now();
            // write at most once a minute per key, not on every request
            if (key.lastUsedAt == null || key.lastUsedAt.plus(Duration.ofMinutes(1)).isBefore(now)) {
                key.lastUsedAt = now;
            }
        });
        return found.map(key -> key.userId);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
