package io.proofline.api.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.proofline.event.Event;
import io.proofline.support.BadBodies;
import io.proofline.support.BadBodies.BadBody;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ApiKeyResourceTest {

    @Inject
    EntityManager entityManager;

    @Test
    void a_new_key_is_shown_once_and_listed_without_it() {
        Tenant tenant = Tenant.create();
        String key = tenant.request().body(Map.of("name", "CI")).post("/api/v1/apikey").then().statusCode(200)
                .body("version", equalTo("1.0")).body("message", equalTo("POST Request successful."))
                .body("result.apiKeyUID", notNullValue()).body("result.name", equalTo("CI"))
                .body("result.key", startsWith("pl_")).body("result.created", notNullValue())
                .body("result", not(hasKey("revoked"))).extract().path("result.key");
        assertThat(key).hasSizeGreaterThan(40);
        tenant.request().get("/api/v1/apikey").then().statusCode(200).body("result.name", contains("CI"))
                .body("result[0]", not(hasKey("key"))).body("result[0].prefix", equalTo(key.substring(0, 10)));
        assertThat(tenant.request().get("/api/v1/apikey").asString()).doesNotContain(key);
    }

    @Test
    void a_key_is_stored_only_as_its_hash() throws Exception {
        Tenant tenant = Tenant.create();
        String id = tenant.request().body(Map.of("name", "Stored")).post("/api/v1/apikey").then().statusCode(200)
                .extract().path("result.apiKeyUID");
        String key = tenant.request().body(Map.of("name", "Stored 2")).post("/api/v1/apikey").then().statusCode(200)
                .extract().path("result.key");
        String keyId = apiKeyId(tenant, "Stored 2");
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> entityManager.createNativeQuery("SELECT * FROM api_key WHERE id = ?1", Object[].class)
                        .setParameter(1, UUID.fromString(keyId)).getResultList());
        assertThat(rows).hasSize(1);
        for (Object column : rows.get(0)) {
            assertThat(String.valueOf(column)).doesNotContain(key).doesNotContain(key.substring(10));
        }
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        assertThat(rows.get(0)).contains(hash);
        assertThat(id).isNotEqualTo(keyId);
    }

    @Test
    void a_key_opens_every_endpoint_a_token_does() {
        Tenant tenant = Tenant.create();
        String key = newKey(tenant, "Everything");
        String id = withKey(key).body(Map.of("projectName", "By key", "projectOwnersUIDS", List.of(tenant.userId)))
                .post("/api/v1/project").then().statusCode(200).extract().path("result.projectUID");
        withKey(key).queryParam("ProjectUID", id).get("/api/v1/project").then().statusCode(200)
                .body("result[0].projectName", equalTo("By key"));
        withKey(key).body(
                Map.of("projectUID", id, "projectName", "Edited by key", "projectOwnersUIDS", List.of(tenant.userId)))
                .put("/api/v1/project").then().statusCode(200);
        withKey(key).body(Map.of("projectUID", id, "state", "Completed")).put("/api/v1/project/state").then()
                .statusCode(200);
        withKey(key).queryParam("ProjectUID", id).delete("/api/v1/project").then().statusCode(200);
        withKey(key).get("/api/v1/company").then().statusCode(200).body("result.companyUID",
                contains(tenant.companyId));
        withKey(key).get("/api/v1/user").then().statusCode(200);
        withKey(key).get("/api/v1/apikey").then().statusCode(200);
        String second = withKey(key).body(Map.of("name", "made by a key")).post("/api/v1/apikey").then().statusCode(200)
                .extract().path("result.key");
        withKey(second).get("/api/v1/project").then().statusCode(200);
        // the event names the person behind the key
        assertThat(Db.events(id).get(0).actorId).hasToString(tenant.userId);
    }

    @Test
    void a_revoked_key_is_401() {
        Tenant tenant = Tenant.create();
        String key = newKey(tenant, "Short-lived");
        String id = apiKeyId(tenant, "Short-lived");
        withKey(key).get("/api/v1/project").then().statusCode(200);
        tenant.request().queryParam("ApiKeyUID", id).delete("/api/v1/apikey").then().statusCode(200)
                .body("message", equalTo("DELETE Request successful.")).body("result.revoked", notNullValue())
                .body("result", not(hasKey("key")));
        withKey(key).get("/api/v1/project").then().statusCode(401).body("version", equalTo("1.0")).body("statusCode",
                equalTo(401));
        tenant.request().get("/api/v1/apikey").then().body("result[0].revoked", notNullValue());
        // revoking again is harmless
        tenant.request().queryParam("ApiKeyUID", id).delete("/api/v1/apikey").then().statusCode(200);

        List<Event> created = Db.events("apikey.created", id);
        List<Event> revoked = Db.events("apikey.revoked", id);
        assertThat(created).hasSize(1);
        assertThat(revoked).hasSize(1);
        assertThat(revoked.get(0).actorId).hasToString(tenant.userId);
    }

    @Test
    void unknown_and_garbage_keys_are_401() {
        Tenant tenant = Tenant.create();
        String key = newKey(tenant, "Real");
        for (String bad : List.of("pl_" + "A".repeat(43), key + "x", key.substring(0, key.length() - 1), "nonsense",
                "pl_", "x".repeat(5000))) {
            withKey(bad).get("/api/v1/project").then().statusCode(401).body("statusCode", equalTo(401));
        }
    }

    @Test
    void another_users_key_cannot_be_revoked_or_seen() {
        Tenant tenant = Tenant.create();
        Tenant colleague = tenant.anotherMember();
        String key = newKey(tenant, "Mine");
        String id = apiKeyId(tenant, "Mine");
        colleague.request().get("/api/v1/apikey").then().body("result", org.hamcrest.Matchers.empty());
        colleague.request().queryParam("ApiKeyUID", id).delete("/api/v1/apikey").then().statusCode(404).body("message",
                equalTo("API key not found."));
        withKey(key).get("/api/v1/project").then().statusCode(200);
        tenant.request().queryParam("ApiKeyUID", "bad").delete("/api/v1/apikey").then().statusCode(404);
        tenant.request().queryParam("ApiKeyUID", UUID.randomUUID().toString()).delete("/api/v1/apikey").then()
                .statusCode(404);
        tenant.request().delete("/api/v1/apikey").then().statusCode(400).body("errors.ApiKeyUID[0]",
                equalTo("'ApiKeyUID' must not be empty."));
    }

    @Test
    void a_key_name_is_optional_and_bounded() {
        Tenant tenant = Tenant.create();
        tenant.request().body("{}").post("/api/v1/apikey").then().statusCode(200).body("result.name",
                equalTo("API key"));
        tenant.request().body(Map.of("name", "n".repeat(101))).post("/api/v1/apikey").then().statusCode(400)
                .body("errors", hasKey("name"));
        tenant.request().body(Map.of("name", "a\u0000b")).post("/api/v1/apikey").then().statusCode(400);
        BadBodies.assertWrongTypesRefused(body -> tenant.request().body(body).post("/api/v1/apikey"), List.of("name"),
                List.of());
    }

    @Test
    void an_empty_body_makes_a_key_with_the_default_name() {
        Tenant tenant = Tenant.create();
        tenant.request().body("").post("/api/v1/apikey").then().statusCode(200).body("result.name", equalTo("API key"));
    }

    @ParameterizedTest
    @MethodSource("io.proofline.support.BadBodies#notAnObject")
    void a_body_that_is_not_a_key_request_is_a_4xx(BadBody bad) {
        Tenant tenant = Tenant.create();
        BadBodies.assertWorkflowClientError(
                tenant.request().contentType(bad.contentType()).body(bad.body()).post("/api/v1/apikey"));
    }

    @Test
    void keys_need_credentials() {
        given().get("/api/v1/apikey").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/apikey").then().statusCode(401);
        given().queryParam("ApiKeyUID", UUID.randomUUID().toString()).delete("/api/v1/apikey").then().statusCode(401);
    }

    private static String newKey(Tenant tenant, String name) {
        return tenant.request().body(Map.of("name", name)).post("/api/v1/apikey").then().statusCode(200).extract()
                .path("result.key");
    }

    private static String apiKeyId(Tenant tenant, String name) {
        return tenant.request().get("/api/v1/apikey").then().statusCode(200).extract()
                .path("result.find { it.name == '" + name + "' }.apiKeyUID");
    }

    private static RequestSpecification withKey(String key) {
        return given().header("X-API-KEY", key).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
