package io.proofline.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.proofline.system.ThrottledException;
import io.proofline.system.Times;
import io.proofline.tenancy.AppUser;

/**
 * Slows down password guessing: after too many failures for one username, or from one address, in a window, further
 * attempts get 429 until the block ends. The counts live in the database, so every replica enforces the same limits.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    AuthConfig config;

    static String userKey(String username) {
        String normalised = AppUser.normaliseEmail(username);
        return "user:" + (normalised.length() > 300 ? normalised.substring(0, 300) : normalised);
    }

    static String addressKey(String address) {
        return "addr:" + address;
    }

    /** Throws 429 when the username or address is currently blocked. */
    @Transactional
    public void checkAllowed(String username, String address) {
        Instant now = Times.now();
        for (String key : List.of(userKey(username), addressKey(address))) {
            LoginAttempt attempt = LoginAttempt.findById(key);
            if (attempt != null && attempt.blockedUntil != null && attempt.blockedUntil.isAfter(now)) {
                long seconds = Math.max(1, Duration.between(now, attempt.blockedUntil).toSeconds() + 1);
                throw new ThrottledException("Too many failed login attempts. Try again in " + seconds + " seconds.",
                        seconds);
            }
        }
    }

    /** Counts a failure in its own transaction, so it sticks although the login itself fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String username, String address) {
        count(userKey(username), config.maxFailedLogins());
        count(addressKey(address), config.maxFailedLoginsPerAddress());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(String username) {
        LoginAttempt.deleteById(userKey(username));
    }

    private void count(String key, int limit) {
        Instant now = Times.now();
        LoginAttempt attempt = LoginAttempt.findById(key, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            attempt = new LoginAttempt();
            attempt.key = key;
            attempt.failures = 0;
            attempt.windowStart = now;
            attempt.persist();
        }
        if (attempt.windowStart.plus(config.failedLoginWindow()).isBefore(now)) {
            attempt.failures = 0;
            attempt.windowStart = now;
            attempt.blockedUntil = null;
        }
        attempt.failures++;
        if (attempt.failures >= limit) {
            attempt.blockedUntil = now.plus(config.failedLoginWindow());
        }
    }
}
