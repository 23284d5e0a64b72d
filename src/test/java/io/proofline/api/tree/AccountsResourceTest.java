package io.proofline.api.tree;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccountsResourceTest {

    @Test
    void accounts_list_the_callers_accounts_with_display_name_and_owner() {
        Tenant tenant = Tenant.create();
        tenant.request().get("/v2/accounts").then().statusCode(200).header("page-number", "1").header("per-page", "50")
                .header("total", "1").header("total-pages", "1").body("$", hasSize(1))
                .body("[0].id", equalTo(tenant.companyId)).body("[0]._type", equalTo("account"))
                .body("[0].display_name", equalTo(companyName(tenant)))
                .body("[0].owner.email", equalTo(Tenant.ADMIN_EMAIL)).body("[0].owner.name", equalTo("Administrator"))
                .body("[0].image", equalTo(null));
    }

    @Test
    void a_user_in_two_accounts_pages_through_them_oldest_first() {
        Tenant tenant = Tenant.create();
        Tenant second = Tenant.create();
        addToCompany(tenant, second.companyId);
        tenant.request().queryParam("page_size", 1).get("/v2/accounts").then().statusCode(200).header("total", "2")
                .header("total-pages", "2").body("id", contains(tenant.companyId));
        tenant.request().queryParam("page_size", 1).queryParam("page", 2).get("/v2/accounts").then()
                .header("page-number", "2").body("id", contains(second.companyId));
        tenant.request().body(Map.of("page", 2, "page_size", 1)).get("/v2/accounts").then().body("id",
                contains(second.companyId));
    }

    @Test
    void one_account_reads_by_id_and_a_foreign_one_is_404() {
        Tenant tenant = Tenant.create();
        Tenant stranger = Tenant.create();
        tenant.request().get("/v2/accounts/" + tenant.companyId).then().statusCode(200).body("display_name",
                equalTo(companyName(tenant)));
        stranger.request().get("/v2/accounts/" + tenant.companyId).then().statusCode(404).body("errors[0].detail",
                equalTo("Account not found."));
        tenant.request().get("/v2/accounts/nope").then().statusCode(404);
    }

    @Test
    void account_teams_list_the_teams_the_caller_sees() {
        Tenant tenant = Tenant.create();
        tenant.request().get("/v2/accounts/" + tenant.companyId + "/teams").then().statusCode(200).header("total", "1")
                .header("total-pages", "1").body("[0]._type", equalTo("team"))
                .body("[0].name", equalTo(companyName(tenant))).body("[0].account_id", equalTo(tenant.companyId))
                .body("[0].team_image", equalTo(null));
    }

    @Test
    void teams_of_a_foreign_unknown_or_malformed_account_are_404() {
        Tenant tenant = Tenant.create();
        Tenant stranger = Tenant.create();
        stranger.request().get("/v2/accounts/" + tenant.companyId + "/teams").then().statusCode(404);
        tenant.request().get("/v2/accounts/" + UUID.randomUUID() + "/teams").then().statusCode(404);
        tenant.request().get("/v2/accounts/12345/teams").then().statusCode(404).body("code", equalTo(404));
    }

    @Test
    void bad_paging_on_accounts_is_422() {
        Tenant tenant = Tenant.create();
        tenant.request().queryParam("page", 0).get("/v2/accounts").then().statusCode(422);
        tenant.request().queryParam("page_size", 501).get("/v2/accounts/" + tenant.companyId + "/teams").then()
                .statusCode(422);
    }

    static String companyName(Tenant tenant) {
        return tenant.request().get("/api/v1/company").then().extract().path("result[0].name");
    }

    /** The server administrator adds an existing user to another company. */
    static void addToCompany(Tenant tenant, String companyId) {
        io.restassured.RestAssured.given().auth().oauth2(Tenant.login(Tenant.ADMIN_EMAIL, Tenant.ADMIN_PASSWORD))
                .contentType(io.restassured.http.ContentType.JSON).body(Map.of("email", tenant.email, "name",
                        "Test User", "password", "whatever-123", "companyUID", companyId))
                .post("/api/v1/user").then().statusCode(200);
    }
}
