package io.proofline.api.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.proofline.event.Event;
import io.proofline.support.BadBodies;
import io.proofline.support.BadBodies.BadBody;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.proofline.tenancy.Membership;
import io.proofline.tenancy.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class UserResourceTest {

    @Test
    void the_list_shows_the_users_of_the_callers_companies_and_nobody_else() {
        Tenant tenant = Tenant.create();
        Tenant colleague = tenant.anotherMember();
        Tenant stranger = Tenant.create();
        List<String> ids = tenant.request().get("/api/v1/user").then().statusCode(200).body("version", equalTo("1.0"))
                .body("message", equalTo("GET Request successful.")).extract().path("result.userUID");
        assertThat(ids).contains(tenant.userId, colleague.userId).doesNotContain(stranger.userId);
        tenant.request().get("/api/v1/user").then()
                .body("result.find { it.userUID == '" + colleague.userId + "' }.email", equalTo(colleague.email))
                .body("result[0]", not(hasKey("password"))).body("result[0]", not(hasKey("passwordHash")));
        stranger.request().get("/api/v1/user").then().body("result.userUID", not(hasItem(tenant.userId)))
                .body("result.userUID", not(hasItem(colleague.userId)));
    }

    @Test
    void a_user_in_two_companies_sees_the_users_of_both() {
        Tenant first = Tenant.create();
        Tenant second = Tenant.create();
        Tenant.admin()
                .body(Map.of("email", first.email, "name", "Again", "password", "ignored-password", "companyUID",
                        second.companyId))
                .post("/api/v1/user").then().statusCode(200).body("result.userUID", equalTo(first.userId));
        first.request().get("/api/v1/user").then().body("result.userUID", hasItems(first.userId, second.userId));
        // the password of an existing user is not replaced by adding them elsewhere
        Tenant.login(first.email, first.password);
    }

    @Test
    void the_server_administrator_creates_a_user_who_can_log_in() {
        Tenant tenant = Tenant.create();
        String email = "New-" + UUID.randomUUID() + "@Example.com";
        String id = Tenant.admin()
                .body(Map.of("email", email, "name", " New Person ", "password", "long-enough-1", "companyUID",
                        tenant.companyId))
                .post("/api/v1/user").then().statusCode(200).body("message", equalTo("POST Request successful."))
                .body("result.userUID", notNullValue()).body("result.email", equalTo(email.toLowerCase()))
                .body("result.name", equalTo("New Person")).body("result", not(hasKey("password"))).extract()
                .path("result.userUID");
        String token = Tenant.login(email.toUpperCase(), "long-enough-1");
        given().auth().oauth2(token).get("/api/v1/company").then().body("result.companyUID",
                containsInAnyOrder(tenant.companyId));
        tenant.request().get("/api/v1/user").then().body("result.userUID", hasItem(id));

        List<Event> events = Db.events("user.created", id);
        assertThat(events).hasSize(1);
        assertThat(JsonPath.from(events.get(0).data).getMap("$")).containsEntry("UserUID", id).containsEntry("Email",
                email.toLowerCase());
        assertThat(events.get(0).accountId).hasToString(tenant.companyId);
    }

    @Test
    void an_account_admin_creates_users_in_that_account_only() {
        Tenant tenant = Tenant.create();
        Tenant stranger = Tenant.create();
        QuarkusTransaction.requiringNew().run(() -> Membership.update("role = ?1 where accountId = ?2 and userId = ?3",
                Role.ADMIN, UUID.fromString(tenant.companyId), UUID.fromString(tenant.userId)));
        String id = tenant.request().body(newUser(tenant.companyId)).post("/api/v1/user").then().statusCode(200)
                .extract().path("result.userUID");
        tenant.request().get("/api/v1/user").then().body("result.userUID", hasItem(id));
        tenant.request().body(newUser(stranger.companyId)).post("/api/v1/user").then().statusCode(404).body("message",
                equalTo("Company not found."));
        // an existing address belongs to someone else: an account admin cannot take them over
        tenant.request().body(Map.of("email", stranger.email, "name", "Taken", "password", "password-123", "companyUID",
                tenant.companyId)).post("/api/v1/user").then().statusCode(412).body("statusCode", equalTo(412));
        tenant.request().get("/api/v1/user").then().body("result.userUID", not(hasItem(stranger.userId)));
    }

    @Test
    void a_plain_member_cannot_create_users_anywhere() {
        Tenant tenant = Tenant.create();
        Tenant stranger = Tenant.create();
        for (String company : List.of(tenant.companyId, stranger.companyId, UUID.randomUUID().toString(), "bad")) {
            tenant.request().body(newUser(company)).post("/api/v1/user").then().statusCode(404)
                    .body("version", equalTo("1.0")).body("statusCode", equalTo(404))
                    .body("message", equalTo("Company not found."));
        }
    }

    @Test
    void a_new_user_needs_every_field_valid() {
        Tenant tenant = Tenant.create();
        Tenant.admin().body("{}").post("/api/v1/user").then().statusCode(400)
                .body("errors.email[0]", equalTo("'email' must not be empty."))
                .body("errors.name[0]", equalTo("'name' must not be empty."))
                .body("errors.password[0]", equalTo("'password' must not be empty."))
                .body("errors.companyUID[0]", equalTo("'companyUID' must not be empty."));
        Map<String, Object> invalid = new HashMap<>(newUser(tenant.companyId));
        invalid.put("email", "no-at-sign");
        Tenant.admin().body(invalid).post("/api/v1/user").then().statusCode(400).body("errors", hasKey("email"));
        invalid = new HashMap<>(newUser(tenant.companyId));
        invalid.put("password", "short");
        Tenant.admin().body(invalid).post("/api/v1/user").then().statusCode(400).body("errors", hasKey("password"));
        invalid = new HashMap<>(newUser(tenant.companyId));
        invalid.put("name", "n".repeat(201));
        Tenant.admin().body(invalid).post("/api/v1/user").then().statusCode(400).body("errors", hasKey("name"));
        invalid = new HashMap<>(newUser(tenant.companyId));
        invalid.put("email", "e".repeat(320) + "@example.com");
        Tenant.admin().body(invalid).post("/api/v1/user").then().statusCode(400).body("errors", hasKey("email"));
        invalid = new HashMap<>(newUser(tenant.companyId));
        invalid.put("name", "nul\u0000");
        Tenant.admin().body(invalid).post("/api/v1/user").then().statusCode(400).body("errors", hasKey("name"));
        BadBodies.assertWrongTypesRefused(body -> Tenant.admin().body(body).post("/api/v1/user"),
                List.of("email", "name", "password", "companyUID"), List.of());
    }

    @Test
    void an_address_is_one_user_whatever_its_case() {
        Tenant tenant = Tenant.create();
        Tenant.admin()
                .body(Map.of("email", tenant.email.toUpperCase(), "name", "Same", "password", "password-123",
                        "companyUID", tenant.companyId))
                .post("/api/v1/user").then().statusCode(200).body("result.userUID", equalTo(tenant.userId));
        assertThat(Db.events("user.created", tenant.email)).hasSize(1);
    }

    @Test
    void adding_an_existing_user_to_another_company_is_recorded() {
        Tenant first = Tenant.create();
        String second = Tenant.createCompany("Second " + UUID.randomUUID());
        Tenant.admin().body(
                Map.of("email", first.email, "name", "Again", "password", "ignored-password", "companyUID", second))
                .post("/api/v1/user").then().statusCode(200);
        List<Event> added = Db.events("user.added", first.userId);
        assertThat(added).hasSize(1);
        assertThat(JsonPath.from(added.get(0).data).getMap("$")).containsEntry("UserUID", first.userId)
                .containsEntry("CompanyUID", second);
        assertThat(added.get(0).accountId).hasToString(second);
    }

    @Test
    void an_empty_body_is_a_400() {
        Tenant.admin().body("").post("/api/v1/user").then().statusCode(400).body("errors", hasKey("email"))
                .body("errors", hasKey("companyUID"));
    }

    @ParameterizedTest
    @MethodSource("io.proofline.support.BadBodies#notAnObject")
    void a_body_that_is_not_a_user_is_a_4xx(BadBody bad) {
        BadBodies.assertWorkflowClientError(
                Tenant.admin().contentType(bad.contentType()).body(bad.body()).post("/api/v1/user"));
    }

    @Test
    void users_need_credentials() {
        given().get("/api/v1/user").then().statusCode(401).body("statusCode", equalTo(401));
        given().contentType("application/json").body(newUser(UUID.randomUUID().toString())).post("/api/v1/user").then()
                .statusCode(401);
    }

    private static Map<String, Object> newUser(String companyId) {
        return Map.of("email", "user-" + UUID.randomUUID() + "@example.com", "name", "Someone", "password",
                "password-123", "companyUID", companyId);
    }
}
