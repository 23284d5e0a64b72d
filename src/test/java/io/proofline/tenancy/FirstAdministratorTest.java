package io.proofline.tenancy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

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

    @Test
    void the_administrator_gets_a_first_account_with_one_team_and_can_create_a_project_at_once() {
        String token = Tenant.login(Tenant.ADMIN_EMAIL, Tenant.ADMIN_PASSWORD);
        Account first = QuarkusTransaction.requiringNew()
                .call(() -> Account.<Account> find("order by createdAt, id").firstResult());
        assertThat(first.name).isEqualTo("Proofline");
        AppUser admin = QuarkusTransaction.requiringNew().call(() -> AppUser.findByEmail(Tenant.ADMIN_EMAIL))
                .orElseThrow();
        assertThat(first.ownerId).isEqualTo(admin.id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Team.count("accountId", first.id))).isEqualTo(1);
        given().auth().oauth2(token).get("/api/v1/company").then().statusCode(200).body("result.name",
                hasItem("Proofline"));

        // the README's first project: no clientUID, the administrator as owner
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("projectName", "First project", "projectOwnersUIDS", List.of(admin.id.toString())))
                .post("/api/v1/project").then().statusCode(200).body("statusCode", equalTo(200));
    }

    @Test
    void a_server_with_accounts_gets_no_new_one() {
        long accounts = QuarkusTransaction.requiringNew().call(() -> Account.count());
        firstAdministrator.createAccountIfNone();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Account.count())).isEqualTo(accounts);
    }
}
