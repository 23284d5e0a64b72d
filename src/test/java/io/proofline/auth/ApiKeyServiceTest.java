package io.proofline.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tenant;
import io.proofline.tenancy.Principal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiKeyServiceTest {

    @Inject
    ApiKeyService apiKeys;

    @Test
    void a_key_authenticates_its_user_until_revoked() {
        Tenant tenant = Tenant.create();
        Principal principal = new Principal(UUID.fromString(tenant.userId), false);
        ApiKeyService.CreatedKey created = apiKeys.create(principal, "service");
        assertThat(apiKeys.authenticate(created.secret())).contains(principal.userId());
        assertThat(created.key().hash).isEqualTo(ApiKeyService.sha256(created.secret()))
                .doesNotContain(created.secret());
        apiKeys.revoke(principal, created.key().id);
        assertThat(apiKeys.authenticate(created.secret())).isEmpty();
    }

    @Test
    void use_is_recorded_at_most_once_a_minute() {
        Tenant tenant = Tenant.create();
        Principal principal = new Principal(UUID.fromString(tenant.userId), false);
        ApiKeyService.CreatedKey created = apiKeys.create(principal, "used");
        apiKeys.authenticate(created.secret());
        ApiKey first = QuarkusTransaction.requiringNew().call(() -> ApiKey.findById(created.key().id));
        assertThat(first.lastUsedAt).isNotNull();
        apiKeys.authenticate(created.secret());
        ApiKey second = QuarkusTransaction.requiringNew().call(() -> ApiKey.findById(created.key().id));
        assertThat(second.lastUsedAt).isEqualTo(first.lastUsedAt);
    }

    @Test
    void anything_that_is_not_a_live_key_authenticates_nobody() {
        assertThat(apiKeys.authenticate(null)).isEmpty();
        assertThat(apiKeys.authenticate("")).isEmpty();
        assertThat(apiKeys.authenticate("pl_unknown")).isEmpty();
        assertThat(apiKeys.authenticate("pl_" + "x".repeat(500))).isEmpty();
    }
}
