package io.proofline.api.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.proofline.auth.TokenService;
import io.proofline.support.BadBodies;
import io.proofline.support.BadBodies.BadBody;
import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TokenResourceTest {

    @Inject
    TokenService tokens;

    @Test
    void login_returns_a_token_that_opens_the_api() {
        Tenant tenant = Tenant.create();
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", tenant.email, "password", tenant.password)).post("/api/v1/token/login").then()
                .statusCode(200).body("version", equalTo("1.0")).body("statusCode", equalTo(200))
                .body("result.token", notNullValue()).body("result.expires", notNullValue()).extract()
                .path("result.token");
        given().auth().oauth2(token).get("/api/v1/project").then().statusCode(200);
    }

    @Test
    void approval_studio_client_spelling_userName_is_accepted() {
        Tenant tenant = Tenant.create();
        given().contentType(ContentType.JSON)
                .body(Map.of("userName", tenant.email.toUpperCase(), "password", tenant.password))
                .post("/api/v1/token/login").then().statusCode(200).body("result.token", notNullValue());
    }

    @Test
    void wrong_password_is_401_in_the_envelope() {
        Tenant tenant = Tenant.create();
        given().contentType(ContentType.JSON).body(Map.of("username", tenant.email, "password", "wrong"))
                .post("/api/v1/token/login").then().statusCode(401).body("version", equalTo("1.0"))
                .body("statusCode", equalTo(401));
    }

    @Test
    void missing_fields_are_a_400_validation_body() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/token/login").then().statusCode(400)
                .body("errors", hasKey("username")).body("errors.password[0]", equalTo("'password' must not be empty."))
                .body("type", equalTo("https://tools.ietf.org/html/rfc7231#section-6.5.1"))
                .body("title", equalTo("One or more validation errors occurred.")).body("status", equalTo(400))
                .body("traceId", notNullValue());
    }

    @Test
    void garbage_json_and_wrong_types_are_400() {
        given().contentType(ContentType.JSON).body("{not json").post("/api/v1/token/login").then().statusCode(400)
                .body("status", equalTo(400)).body("errors.body[0]", equalTo("The request body is not valid JSON."));
        given().contentType(ContentType.JSON).body("{\"username\": \"a@b.c\", \"password\": \"x\"} {}")
                .post("/api/v1/token/login").then().statusCode(400).body("errors", hasKey("body"));
        given().contentType(ContentType.JSON).body("{\"username\": 12, \"password\": true}").post("/api/v1/token/login")
                .then().statusCode(400).body("errors", hasKey("username"));
        given().contentType(ContentType.JSON).body("[]").post("/api/v1/token/login").then().statusCode(400);
    }

    @Test
    void missing_invalid_and_expired_tokens_are_401() {
        given().get("/api/v1/project").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/v1/project").then().statusCode(401);
        Tenant tenant = Tenant.create();
        Instant past = Instant.now().minusSeconds(3600);
        String expired = tokens.issue(UUID.fromString(tenant.userId), past.minusSeconds(7200), past).token();
        given().auth().oauth2(expired).get("/api/v1/project").then().statusCode(401);
    }

    @Test
    void repeated_failures_for_one_username_are_throttled_with_429() {
        Tenant tenant = Tenant.create();
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("username", tenant.email, "password", "wrong-" + i))
                    .post("/api/v1/token/login").then().statusCode(401);
        }
        given().contentType(ContentType.JSON).body(Map.of("username", tenant.email, "password", tenant.password))
                .post("/api/v1/token/login").then().statusCode(429).header("Retry-After", notNullValue())
                .body("statusCode", equalTo(429));
    }

    @Test
    void a_token_is_valid_for_120_minutes() {
        Tenant tenant = Tenant.create();
        String expires = given().contentType(ContentType.JSON)
                .body(Map.of("username", tenant.email, "password", tenant.password)).post("/api/v1/token/login").then()
                .statusCode(200).body("message", equalTo("POST Request successful.")).extract().path("result.expires");
        Instant expiry = LocalDateTime.parse(expires).toInstant(ZoneOffset.UTC);
        assertThat(Duration.between(Instant.now(), expiry)).isBetween(Duration.ofMinutes(119), Duration.ofMinutes(120));
    }

    @Test
    void an_unknown_user_gets_the_same_401_as_a_wrong_password() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody-" + UUID.randomUUID() + "@example.com", "password", "whatever"))
                .post("/api/v1/token/login").then().statusCode(401).body("statusCode", equalTo(401))
                .body("message", equalTo("Invalid username or password."));
    }

    @Test
    void refused_credentials_are_401_in_the_envelope_with_a_challenge() {
        Tenant tenant = Tenant.create();
        String[] parts = tenant.token.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        String unknownUser = tokens.issue(UUID.randomUUID()).token();
        for (String token : List.of("not-a-token", tampered, unknownUser, tenant.token + "x")) {
            given().auth().oauth2(token).get("/api/v1/project").then().statusCode(401)
                    .header("WWW-Authenticate", "Bearer").body("version", equalTo("1.0"))
                    .body("statusCode", equalTo(401)).body("message", notNullValue());
        }
        given().get("/api/v1/project").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .body("version", equalTo("1.0")).body("statusCode", equalTo(401));
        given().header("Authorization",
                "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((tenant.email + ":" + tenant.password).getBytes()))
                .get("/api/v1/project").then().statusCode(401);
        given().header("Authorization", "Bearer").get("/api/v1/project").then().statusCode(401);
    }

    @Test
    void overlong_and_nul_credentials_are_400() {
        given().contentType(ContentType.JSON).body(Map.of("username", "u".repeat(321), "password", "p"))
                .post("/api/v1/token/login").then().statusCode(400).body("errors", hasKey("username"));
        given().contentType(ContentType.JSON).body(Map.of("username", "a@b.c", "password", "p".repeat(201)))
                .post("/api/v1/token/login").then().statusCode(400).body("errors", hasKey("password"));
        given().contentType(ContentType.JSON).body(Map.of("username", "a\u0000@b.c", "password", "p"))
                .post("/api/v1/token/login").then().statusCode(400).body("errors", hasKey("username"));
    }

    @Test
    void an_empty_body_is_a_400() {
        given().contentType(ContentType.JSON).body("").post("/api/v1/token/login").then().statusCode(400)
                .body("errors", hasKey("username")).body("errors", hasKey("password"));
    }

    @ParameterizedTest
    @MethodSource("io.proofline.support.BadBodies#notAnObject")
    void a_body_that_is_not_a_login_is_a_4xx(BadBody bad) {
        BadBodies.assertWorkflowClientError(given().contentType(bad.contentType()).body(bad.body())
                .accept(ContentType.JSON).post("/api/v1/token/login"));
    }

    @Test
    void fields_of_the_wrong_type_are_400() {
        BadBodies.assertWrongTypesRefused(
                body -> given().contentType(ContentType.JSON).body(body).post("/api/v1/token/login"),
                List.of("username", "userName", "password"), List.of());
    }
}
