package io.proofline.api.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

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
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CompanyResourceTest {

    @Test
    void the_server_administrator_creates_a_company_and_owns_it() {
        String name = "Acme " + UUID.randomUUID();
        String id = Tenant.admin().body(Map.of("name", "  " + name + " ")).post("/api/v1/company").then()
                .statusCode(200).body("version", equalTo("1.0")).body("statusCode", equalTo(200))
                .body("message", equalTo("POST Request successful.")).body("result.companyUID", notNullValue())
                .body("result.name", equalTo(name)).body("result.role", equalTo("OWNER"))
                .body("result.created", notNullValue()).extract().path("result.companyUID");
        Tenant.admin().get("/api/v1/company").then().statusCode(200).body("result.companyUID", hasItem(id));

        List<Event> events = Db.events("company.created", id);
        assertThat(events).hasSize(1);
        assertThat(JsonPath.from(events.get(0).data).getMap("$")).containsEntry("CompanyUID", id).containsEntry("Name",
                name);
        assertThat(events.get(0).accountId).hasToString(id);
    }

    @Test
    void a_user_who_is_not_a_server_administrator_gets_403() {
        Tenant tenant = Tenant.create();
        String name = "Rogue " + UUID.randomUUID();
        tenant.request().body(Map.of("name", name)).post("/api/v1/company").then().statusCode(403)
                .body("version", equalTo("1.0")).body("statusCode", equalTo(403))
                .body("message", equalTo("Only a server administrator can create companies."));
        // refused before anything is looked at, so an invalid body is refused the same way
        tenant.request().body("{}").post("/api/v1/company").then().statusCode(403);
        assertThat(Db.events("company.created", name)).isEmpty();
        tenant.request().get("/api/v1/company").then().body("result.companyUID", contains(tenant.companyId));
    }

    @Test
    void the_list_shows_the_callers_companies_with_the_callers_role() {
        Tenant tenant = Tenant.create();
        Tenant.create();
        tenant.request().get("/api/v1/company").then().statusCode(200)
                .body("message", equalTo("GET Request successful."))
                .body("result.companyUID", contains(tenant.companyId)).body("result[0].role", equalTo("MEMBER"))
                .body("result[0].name", notNullValue());

        String second = Tenant.createCompany("Second " + UUID.randomUUID());
        Tenant.admin().body(Map.of("email", tenant.email, "name", "x", "password", "whatever-1", "companyUID", second))
                .post("/api/v1/user").then().statusCode(200);
        tenant.request().get("/api/v1/company").then().statusCode(200).body("result.companyUID",
                containsInAnyOrder(tenant.companyId, second));
    }

    @Test
    void a_company_needs_a_name_of_at_most_200_characters() {
        Tenant.admin().body("{}").post("/api/v1/company").then().statusCode(400).body("errors.name[0]",
                equalTo("'name' must not be empty."));
        Tenant.admin().body(Map.of("name", " ")).post("/api/v1/company").then().statusCode(400).body("errors",
                hasKey("name"));
        Tenant.admin().body(Map.of("name", "n".repeat(201))).post("/api/v1/company").then().statusCode(400)
                .body("errors", hasKey("name"));
        Tenant.admin().body(Map.of("name", "n".repeat(200))).post("/api/v1/company").then().statusCode(200);
        Tenant.admin().body(Map.of("name", "a\u0000b")).post("/api/v1/company").then().statusCode(400);
        BadBodies.assertWrongTypesRefused(body -> Tenant.admin().body(body).post("/api/v1/company"), List.of("name"),
                List.of());
    }

    @Test
    void an_empty_body_is_a_400() {
        Tenant.admin().body("").post("/api/v1/company").then().statusCode(400).body("errors", hasKey("name"));
    }

    @ParameterizedTest
    @MethodSource("io.proofline.support.BadBodies#notAnObject")
    void a_body_that_is_not_a_company_is_a_4xx(BadBody bad) {
        BadBodies.assertWorkflowClientError(
                Tenant.admin().contentType(bad.contentType()).body(bad.body()).post("/api/v1/company"));
    }

    @Test
    void companies_need_credentials() {
        given().get("/api/v1/company").then().statusCode(401).body("statusCode", equalTo(401));
        given().contentType("application/json").body(Map.of("name", "x")).post("/api/v1/company").then()
                .statusCode(401);
    }
}
