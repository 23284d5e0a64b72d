package io.proofline.tenancy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FirstAdministratorTest {

    @Inject
    FirstAdministrator firstAdministrator;

    @Test
    void the_configured_administrator_exists_once_and_administers_the_server() {
        AppUser admin = QuarkusTransaction.requiringNew().call(() -> AppUser.findByEmail(Tenant.ADMIN_EMAIL))
                .orElseThrow();
        assertThat(admin.serverAdmin).isTrue();
        assertThat(admin.passwordHash).doesNotContain(Tenant.ADMIN_PASSWORD).startsWith("$2");
        long users = QuarkusTransaction.requiringNew().call(() -> AppUser.count());
        firstAdministrator.createIfNoUsers();
        assertThat(QuarkusTransaction.requiringNew().call(() -> AppUser.count())).isEqualTo(users);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AppUser.count("serverAdmin", true))).isEqualTo(1);
        given().auth().oauth2(Tenant.login(Tenant.ADMIN_EMAIL, Tenant.ADMIN_PASSWORD)).get("/api/v1/company").then()
                .statusCode(200);
    }
}
