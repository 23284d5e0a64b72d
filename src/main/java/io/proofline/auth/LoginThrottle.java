package io.proofline.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import io.proofline.system.ThrottledException;
import io.proofline.system.Times;
import io.proofline.tenancy.AppUser;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Slows down password guessing: after too many failures for one username, or from one address, in a window, further
 * attempts get 429 until the block ends. The counts live in the database, so every replica enforces the same limits.
 * <p>
 * An attempt is counted before its password is checked, under row locks, and given back when it succeeds. Counting
 * afterwards would let a burst of parallel guesses all pass the check before the first failure is written.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    AuthConfig config;

    private record Counter(String key, int limit) {
    }

    static String userKey(String username) {
        String normalised = AppUser.normaliseEmail(username);
        return "user:" + (normalised.length() > 300 ? normalised.substring(0, 300) : normalised);
    }

    static String addressKey(String address) {
        return "addr:" + address;
    }

    /**
     * Counts an attempt as a failure until {@link #succeeded} says otherwise; throws 429 (counting nothing) while the
     * username or the address is blocked. Runs in its own transactions, never the caller's.
     */
    public void begin(String username, String address) {
        begin(List.of(new Counter(userKey(username), config.maxFailedLogins()),
                new Counter(addressKey(address), config.maxFailedLoginsPerAddress())),
                "Too many failed login attempts.");
    }

    /**
     * The same for a guess at the password of a review link or review task: counted per review (as strictly as per
     * username) and per address (apart from logins, so that a reviewer's typos never block a colleague's login from the
     * same office).
     */
    public void beginReviewPassword(UUID reviewId, String address) {
        begin(List.of(new Counter(reviewKey(reviewId), config.maxFailedLogins()),
                new Counter(reviewAddressKey(address), config.maxFailedLoginsPerAddress())),
                "Too many wrong passwords.");
    }

    /** The review's password was right: the review starts afresh and the address gets its count back. */
    public void reviewPasswordSucceeded(UUID reviewId, String address) {
        giveBack(reviewKey(reviewId), reviewAddressKey(address));
    }

    static String reviewKey(UUID reviewId) {
        return "review:" + reviewId;
    }

    static String reviewAddressKey(String address) {
        return "review-addr:" + address;
    }

    private void begin(List<Counter> counters, String message) {
        createMissing(counters.stream().map(Counter::key).toList());
        Optional<Long> blockedFor = QuarkusTransaction.requiringNew().call(() -> count(counters));
        if (blockedFor.isPresent()) {
            long seconds = blockedFor.get();
            throw new ThrottledException(message + " Try again in " + seconds + " seconds.", seconds);
        }
    }

    /** The attempt was right: the username starts afresh and the address gets its count back. */
    public void succeeded(String username, String address) {
        giveBack(userKey(username), addressKey(address));
    }

    private void giveBack(String subjectKey, String addressKey) {
        QuarkusTransaction.requiringNew().run(() -> {
            LoginAttempt.deleteById(subjectKey);
            LoginAttempt fromAddress = LoginAttempt.findById(addressKey, LockModeType.PESSIMISTIC_WRITE);
            if (fromAddress != null && fromAddress.failures > 0) {
                fromAddress.failures--;
                if (fromAddress.failures < config.maxFailedLoginsPerAddress()) {
                    fromAddress.blockedUntil = null;
                }
            }
        });
    }

    /** Locks the counters (always in the same order) and counts one more attempt, or says how long they are blocked. */
    private Optional<Long> count(List<Counter> counters) {
        Instant now = Times.now();
        List<LoginAttempt> attempts = counters.stream()
                .map(counter -> LoginAttempt.<LoginAttempt> findById(counter.key(), LockModeType.PESSIMISTIC_WRITE))
                .toList();
        for (LoginAttempt attempt : attempts) {
            if (attempt.blockedUntil != null && attempt.blockedUntil.isAfter(now)) {
                return Optional.of(Math.max(1, Duration.between(now, attempt.blockedUntil).toSeconds() + 1));
            }
        }
        for (int i = 0; i < attempts.size(); i++) {
            LoginAttempt attempt = attempts.get(i);
            if (attempt.windowStart.plus(config.failedLoginWindow()).isBefore(now)) {
                attempt.failures = 0;
                attempt.windowStart = now;
                attempt.blockedUntil = null;
            }
            attempt.failures++;
            if (attempt.failures >= counters.get(i).limit()) {
                attempt.blockedUntil = now.plus(config.failedLoginWindow());
            }
        }
        return Optional.empty();
    }

    /**
     * Creates the counter rows that do not exist yet, each in a transaction of its own: two first attempts at once must
     * not both insert one row inside the locking transaction, where the loser's error would end the login.
     */
    private static void createMissing(List<String> keys) {
        List<String> existing = QuarkusTransaction.requiringNew()
                .call(() -> LoginAttempt.<LoginAttempt> list("id in ?1", keys).stream().map(row -> row.key).toList());
        for (String key : keys) {
            if (existing.contains(key)) {
                continue;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    LoginAttempt attempt = new LoginAttempt();
                    attempt.key = key;
                    attempt.failures = 0;
                    attempt.windowStart = Times.now();
                    attempt.persist();
                });
            } catch (RuntimeException raced) {
                // a concurrent attempt inserted the same row first, which is all we wanted
                if (QuarkusTransaction.requiringNew().call(() -> LoginAttempt.findById(key)) == null) {
                    throw raced;
                }
            }
        }
    }
}
