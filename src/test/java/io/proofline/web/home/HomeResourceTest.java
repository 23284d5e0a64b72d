package io.proofline.web.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HomeResourceTest {

    @Test
    void the_root_is_a_page_that_says_what_this_is_and_links_the_api_document() {
        given().accept("text/html").get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .contentType(containsString("charset=utf-8"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(containsString("<h1>Proofline</h1>")).body(containsString("href=\"/q/openapi\""))
                .body(containsString("href=\"/q/swagger-ui\""));
    }
}
