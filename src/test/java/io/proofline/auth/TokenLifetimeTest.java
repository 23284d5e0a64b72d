package io.proofline.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(ShortTokens.class)
class TokenLifetimeTest {

    @Test
    void the_token_lifetime_is_configurable_and_an_expired_token_is_401() {
        Tenant tenant = Tenant.create();
        String expires = given().contentType(ContentType.JSON)
                .body(Map.of("username", tenant.email, "password", tenant.password)).post("/api/v1/token/login").then()
                .statusCode(200).extract().path("result.expires");
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", tenant.email, "password", tenant.password)).post("/api/v1/token/login").then()
                .statusCode(200).extract().path("result.token");
        assertThat(Duration.between(Instant.now(), LocalDateTime.parse(expires).toInstant(ZoneOffset.UTC)))
                .isLessThanOrEqualTo(Duration.ofSeconds(5));
        given().auth().oauth2(token).get("/api/v1/project").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().auth().oauth2(token).get("/api/v1/project").statusCode() == 401);
    }
}
