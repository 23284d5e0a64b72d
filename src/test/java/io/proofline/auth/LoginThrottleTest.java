package io.proofline.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tenant;
import io.proofline.system.ThrottledException;
import io.proofline.system.Times;
import io.proofline.system.UnauthorizedException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Drives {@link LoginService} directly with made-up addresses, so that these tests never block the address every other
 * test logs in from.
 */
@QuarkusTest
class LoginThrottleTest {

    @Inject
    LoginService login;

    @Inject
    AuthConfig config;

    @Test
    void failures_for_one_username_block_it_from_every_address() {
        Tenant tenant = Tenant.create();
        for (int i = 0; i < config.maxFailedLogins(); i++) {
            String address = newAddress();
            assertThatThrownBy(() -> login.login(tenant.email, "wrong", address))
                    .isInstanceOf(UnauthorizedException.class);
        }
        assertThatThrownBy(() -> login.login(tenant.email, tenant.password, newAddress()))
                .isInstanceOfSatisfying(ThrottledException.class, throttled -> assertThat(throttled.retryAfterSeconds)
                        .isBetween(1L, config.failedLoginWindow().toSeconds() + 1));
        assertThatThrownBy(() -> login.login(tenant.email.toUpperCase(), tenant.password, newAddress()))
                .isInstanceOf(ThrottledException.class);
        // another user is not affected
        Tenant other = Tenant.create();
        assertThat(login.login(other.email, other.password, newAddress()).token()).isNotBlank();
    }

    @Test
    void failures_from_one_address_block_every_username_there() {
        Tenant tenant = Tenant.create();
        String address = newAddress();
        for (int i = 0; i < config.maxFailedLoginsPerAddress(); i++) {
            String username = "nobody-" + UUID.randomUUID() + "@example.com";
            assertThatThrownBy(() -> login.login(username, "guess", address)).isInstanceOf(UnauthorizedException.class);
        }
        assertThatThrownBy(() -> login.login(tenant.email, tenant.password, address))
                .isInstanceOf(ThrottledException.class);
        assertThat(login.login(tenant.email, tenant.password, newAddress()).token()).isNotBlank();
    }

    @Test
    void a_success_starts_the_username_afresh_and_does_not_count_for_the_address() {
        Tenant tenant = Tenant.create();
        String address = newAddress();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < config.maxFailedLogins() - 1; i++) {
                assertThatThrownBy(() -> login.login(tenant.email, "wrong", address))
                        .isInstanceOf(UnauthorizedException.class);
            }
            login.login(tenant.email, tenant.password, address);
        }
        // 12 failures and 3 successes from this address: the successes left no trace
        for (int i = 0; i < config.maxFailedLoginsPerAddress() - 3 * (config.maxFailedLogins() - 1) - 1; i++) {
            String username = "nobody-" + UUID.randomUUID() + "@example.com";
            assertThatThrownBy(() -> login.login(username, "guess", address)).isInstanceOf(UnauthorizedException.class);
        }
        assertThat(login.login(tenant.email, tenant.password, address).token()).isNotBlank();
    }

    @Test
    void a_block_ends_when_its_time_is_up() {
        Tenant tenant = Tenant.create();
        for (int i = 0; i < config.maxFailedLogins(); i++) {
            assertThatThrownBy(() -> login.login(tenant.email, "wrong", newAddress()))
                    .isInstanceOf(UnauthorizedException.class);
        }
        assertThatThrownBy(() -> login.login(tenant.email, tenant.password, newAddress()))
                .isInstanceOf(ThrottledException.class);
        QuarkusTransaction.requiringNew().run(() -> {
            LoginAttempt attempt = LoginAttempt.findById(LoginThrottle.userKey(tenant.email));
            attempt.blockedUntil = Times.now().minusSeconds(1);
            attempt.windowStart = Times.now().minus(config.failedLoginWindow()).minusSeconds(1);
        });
        assertThat(login.login(tenant.email, tenant.password, newAddress()).token()).isNotBlank();
    }

    @Test
    void parallel_guesses_get_no_more_tries_than_the_limit() throws Exception {
        Tenant tenant = Tenant.create();
        int guesses = 16;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < guesses; i++) {
                String address = newAddress();
                String guess = "guess-" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        login.login(tenant.email, guess, address);
                        return Void.class;
                    } catch (RuntimeException e) {
                        return e.getClass();
                    }
                }));
            }
            start.countDown();
            List<Class<?>> results = new ArrayList<>();
            for (Future<Class<?>> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).containsOnly(UnauthorizedException.class, ThrottledException.class);
            assertThat(results.stream().filter(UnauthorizedException.class::equals)).hasSize(config.maxFailedLogins());
        } finally {
            pool.shutdownNow();
        }
        assertThatThrownBy(() -> login.login(tenant.email, tenant.password, newAddress()))
                .isInstanceOf(ThrottledException.class);
    }

    @Test
    void the_first_attempts_from_a_new_address_at_once_all_count() throws Exception {
        String address = newAddress();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                String username = "nobody-" + UUID.randomUUID() + "@example.com";
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        login.login(username, "guess", address);
                        return Void.class;
                    } catch (RuntimeException e) {
                        return e.getClass();
                    }
                }));
            }
            start.countDown();
            for (Future<Class<?>> outcome : outcomes) {
                assertThat(outcome.get(60, TimeUnit.SECONDS)).isEqualTo(UnauthorizedException.class);
            }
        } finally {
            pool.shutdownNow();
        }
        LoginAttempt counted = QuarkusTransaction.requiringNew()
                .call(() -> LoginAttempt.findById(LoginThrottle.addressKey(address)));
        assertThat(counted.failures).isEqualTo(8);
    }

    @Test
    void the_defaults_are_five_per_username_and_twenty_per_address_in_fifteen_minutes() {
        assertThat(config.maxFailedLogins()).isEqualTo(5);
        assertThat(config.maxFailedLoginsPerAddress()).isEqualTo(20);
        assertThat(config.failedLoginWindow()).isEqualTo(Duration.ofMinutes(15));
    }

    private static String newAddress() {
        return "192.0.2." + UUID.randomUUID();
    }
}
